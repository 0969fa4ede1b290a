// The example server started in-process on a fresh PGlite directory, serving the built web app.
// Verification codes are read from the server's demo log, the channel a real host would e-mail.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from '@pledge-examples/server';
import { distDir } from './support.js';

/** The running demo as the tests use it. */
export interface RunningApp {
  readonly url: string;
  readonly operatorToken: string;
  /** The one-time code the server sent for a request (fails when none was sent). */
  codeFor(requestId: string): string;
  /** Every line of the demo log so far. */
  readonly log: readonly string[];
  close(): Promise<void>;
}

// "[demo log] verification code for access request <id>: 123456 (valid until …)"
const CODE_LINE = /verification code for \S+ request (\S+): (\d+)/;

/**
 * Starts the server on a free port. The "website" seed policy is the one whose banner asks
 * about analytics (and maps it to Consent Mode), which the acceptance tests need.
 */
export async function startApp(policy = 'website'): Promise<RunningApp> {
  const dataDir = mkdtempSync(join(tmpdir(), 'pledge-web-e2e-'));
  const log: string[] = [];
  const server = await startServer({
    port: 0,
    dataDir,
    policy,
    webDir: distDir,
    log: (line) => log.push(line),
  });
  return {
    url: server.url,
    operatorToken: server.operatorToken,
    log,
    codeFor(requestId) {
      for (const line of log) {
        const match = CODE_LINE.exec(line);
        if (match?.[1] === requestId && match[2]) return match[2];
      }
      throw new Error(`no verification code was sent for ${requestId}`);
    },
    async close() {
      await server.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
