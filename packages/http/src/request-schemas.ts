import { SERVICE_TYPES, type ServiceType } from '@pledge/age-gate';
import { isJurisdiction } from '@pledge/core';
import { REQUEST_TYPES } from '@pledge/dsr';
import { z } from 'zod';

// One subject rule for every route: the strictest of the engines' (the DSR identifier), so an
// id accepted for consent can always file a request too.
const SUBJECT = /^[A-Za-z0-9][A-Za-z0-9._:@/-]{0,199}$/;

/** @internal A pseudonymous subject id. */
export const subjectSchema = z.string().regex(SUBJECT, {
  message: 'expected a pseudonymous id: 1 to 200 letters, digits or ._:@/-',
});

/** @internal An ISO 3166 jurisdiction code. */
export const jurisdictionSchema = z.string().refine(isJurisdiction, {
  message: 'expected an ISO 3166-1 alpha-2 (DE) or ISO 3166-2 (US-CA) code',
});

/** @internal A declared purpose id, as the consent ledger spells them. */
export const purposeIdSchema = z
  .string()
  .regex(/^[a-z][a-z0-9-]{0,63}$/, { message: 'expected a purpose id' });

const consentSource = z.enum(['banner', 'preference-centre', 'api']);
const policyVersion = z.string().min(1).max(100);

/** @internal Body of `POST /consent`. */
export const recordConsentBodySchema = z
  .object({
    subject: subjectSchema,
    purposes: z
      .record(z.string().max(64), z.enum(['granted', 'denied']))
      .refine((purposes) => Object.keys(purposes).length > 0, {
        message: 'expected at least one purpose',
      }),
    policyVersion,
    source: consentSource,
    jurisdiction: jurisdictionSchema.exactOptional(),
  })
  .strict();

/** @internal Body of `POST /consent/withdraw`. */
export const withdrawConsentBodySchema = z
  .object({
    subject: subjectSchema,
    purposes: z.array(purposeIdSchema).min(1).max(64),
    policyVersion,
    source: consentSource,
    jurisdiction: jurisdictionSchema.exactOptional(),
  })
  .strict();

/** @internal Query of the consent reads. */
export const subjectQuerySchema = z
  .object({ subject: subjectSchema, jurisdiction: jurisdictionSchema.exactOptional() })
  .strict();

/** @internal Request types a subject can file through the form (an appeal names its request). */
export const SUBJECT_REQUEST_TYPES = REQUEST_TYPES.filter((type) => type !== 'appeal');

/** @internal Body of `POST /dsr/requests`. */
export const submitRequestBodySchema = z
  .object({
    type: z.enum(SUBJECT_REQUEST_TYPES as [string, ...string[]]),
    subject: subjectSchema,
    jurisdiction: jurisdictionSchema.exactOptional(),
    contact: z.string().min(1).max(320).exactOptional(),
  })
  .strict();

/** @internal Body of `POST /dsr/requests/:id/verify`. */
export const verifyBodySchema = z
  .object({
    token: z.string().min(1).max(200),
    code: z.string().regex(/^\s*\d{6}\s*$/, { message: 'expected the 6-digit code' }),
  })
  .strict();

/** @internal Query of the subject's request reads. */
export const tokenQuerySchema = z
  .object({ token: z.string().min(1).max(200), format: z.enum(['json', 'csv']).exactOptional() })
  .strict();

/** @internal Body of `POST /age/check`. Exactly one of `age`, `birthDate`, `ageBand`. */
export const ageCheckBodySchema = z
  .object({
    subject: subjectSchema,
    age: z.number().int().min(0).max(150).exactOptional(),
    birthDate: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'expected a date YYYY-MM-DD' })
      .exactOptional(),
    ageBand: z
      .object({
        min: z.number().int().min(0).max(150),
        max: z.number().int().min(0).max(150).exactOptional(),
      })
      .strict()
      .exactOptional(),
    jurisdiction: jurisdictionSchema.exactOptional(),
    service: z
      .object({ type: z.enum(SERVICE_TYPES as [ServiceType, ...ServiceType[]]) })
      .strict()
      .exactOptional(),
  })
  .strict()
  .refine(
    (body) =>
      [body.age, body.birthDate, body.ageBand].filter((value) => value !== undefined).length === 1,
    { message: 'give exactly one of age, birthDate or ageBand', path: ['age'] },
  );
