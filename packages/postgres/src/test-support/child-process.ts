// Child processes for the multi-process tests: each runs a script against the built packages,
// as a separate app instance would.
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const built = fileURLToPath(new URL('../../dist/index.js', import.meta.url));

/** Starts `script` (a file in this folder) with Node; fails when the package is not built. */
export function startScript(
  script: string,
  args: readonly string[],
): ChildProcess & {
  readonly lines: AsyncIterableIterator<string>;
} {
  if (!existsSync(built)) {
    throw new Error('@pledge/postgres is not built: run `npx tsup` (or `npm run build`) first');
  }
  const path = fileURLToPath(new URL(script, import.meta.url));
  const child = spawn(process.execPath, [path, ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: process.env,
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  child.on('exit', (code, signal) => {
    if (code !== 0 && code !== null && signal === null) {
      console.error(`${script} exited with ${code}:\n${stderr}`);
    }
  });
  return Object.assign(child, { lines: readLines(child) });
}

async function* readLines(child: ChildProcess): AsyncIterableIterator<string> {
  let buffer = '';
  for await (const chunk of child.stdout ?? []) {
    buffer += String(chunk);
    let newline = buffer.indexOf('\n');
    while (newline >= 0) {
      yield buffer.slice(0, newline);
      buffer = buffer.slice(newline + 1);
      newline = buffer.indexOf('\n');
    }
  }
}

/** The next line the child prints, parsed as JSON. */
export async function nextJson<T>(lines: AsyncIterableIterator<string>): Promise<T> {
  const { value, done } = await lines.next();
  if (done) throw new Error('the child process ended without printing');
  return JSON.parse(value) as T;
}

/** Resolves when the child has exited. */
export function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}
