import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fromBase64, hmacSha256Hex, toBase64 } from '@pledge/core';

/** The server's secrets: kept in the data directory so data and tokens survive a restart. */
export interface ServerSecrets {
  /** Keys the consent ledger's subject pseudonyms and checkpoint signatures. */
  readonly ledgerSecret: Uint8Array;
  /** Derives DSR tracking tokens and verification codes. */
  readonly httpSecret: Uint8Array;
  /** The operator's bearer token for the demo. */
  readonly operatorToken: string;
}

function derive(master: Uint8Array, label: string): Uint8Array {
  const hex = hmacSha256Hex(master, label);
  return Uint8Array.from(hex.match(/../g) ?? [], (pair) => Number.parseInt(pair, 16));
}

/**
 * Loads the master secret from `secrets.json` in `dataDir`, creating it (mode 0600) on first
 * start. `PLEDGE_SECRET` (base64, at least 32 bytes) overrides the file. A new master secret
 * makes earlier consent subjects unfindable: back the file up with the database.
 */
export async function loadSecrets(
  dataDir: string,
  overrides: { readonly secret?: string; readonly operatorToken?: string } = {},
): Promise<ServerSecrets> {
  const file = join(dataDir, 'secrets.json');
  let stored: { master: string; operatorToken: string } | undefined;
  try {
    stored = JSON.parse(await readFile(file, 'utf8')) as { master: string; operatorToken: string };
  } catch (error) {
    if ((error as { code?: string }).code !== 'ENOENT') throw error;
  }
  if (stored === undefined) {
    const random = (bytes: number) => crypto.getRandomValues(new Uint8Array(bytes));
    stored = {
      master: toBase64(random(32)),
      operatorToken: toBase64(random(18)).replaceAll('+', '-').replaceAll('/', '_'),
    };
    await mkdir(dataDir, { recursive: true });
    await writeFile(file, `${JSON.stringify(stored, null, 2)}\n`, { mode: 0o600 });
  }
  const master = fromBase64(overrides.secret ?? stored.master);
  if (master.length < 32) throw new Error('PLEDGE_SECRET must be at least 32 bytes (base64)');
  return {
    ledgerSecret: derive(master, 'pledge.ledger'),
    httpSecret: derive(master, 'pledge.http'),
    operatorToken: overrides.operatorToken ?? stored.operatorToken,
  };
}
