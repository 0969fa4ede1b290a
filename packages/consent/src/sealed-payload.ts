import { fromBase64, toBase64 } from '@pledge/core';

/** Identifying details of a choice, kept only in encrypted form. */
export interface SealedDetails {
  /** Identifier of the actor (e.g. the guardian's account id or e-mail). */
  readonly actorId?: string;
  /** Host metadata such as IP address or user agent. */
  readonly metadata?: Readonly<Record<string, string>>;
}

const IV_BYTES = 12;

async function importKey(key: Uint8Array, usage: 'encrypt' | 'decrypt'): Promise<CryptoKey> {
  return crypto.subtle.importKey('raw', key.slice(), { name: 'AES-GCM' }, false, [usage]);
}

/**
 * Encrypts details with AES-256-GCM under the subject's key; the event id is authenticated as
 * additional data, so a sealed payload cannot be moved to another event.
 */
export async function sealDetails(
  details: SealedDetails,
  key: Uint8Array,
  eventId: string,
  random: (bytes: number) => Uint8Array,
): Promise<string> {
  const iv = random(IV_BYTES);
  const plaintext = new TextEncoder().encode(JSON.stringify(details));
  const ciphertext = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv: iv.slice(), additionalData: new TextEncoder().encode(eventId) },
    await importKey(key, 'encrypt'),
    plaintext,
  );
  const out = new Uint8Array(IV_BYTES + ciphertext.byteLength);
  out.set(iv, 0);
  out.set(new Uint8Array(ciphertext), IV_BYTES);
  return toBase64(out);
}

/** Decrypts sealed details, or returns undefined when the key cannot open them. */
export async function openDetails(
  sealed: string,
  key: Uint8Array,
  eventId: string,
): Promise<SealedDetails | undefined> {
  try {
    const bytes = fromBase64(sealed);
    const plaintext = await crypto.subtle.decrypt(
      {
        name: 'AES-GCM',
        iv: bytes.slice(0, IV_BYTES),
        additionalData: new TextEncoder().encode(eventId),
      },
      await importKey(key, 'decrypt'),
      bytes.slice(IV_BYTES),
    );
    return JSON.parse(new TextDecoder().decode(plaintext)) as SealedDetails;
  } catch {
    return undefined;
  }
}
