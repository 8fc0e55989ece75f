import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** `log()`: the last lines the server printed (stdout and stderr), for a failing step's report. */
export type TestServer = Readonly<{ url: string; dataDir: string; stop: () => Promise<void>; log: () => string }>;

const logLimit = 20_000;

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

/**
 * Start the built server (dist/) as a child process on a free port with a fresh, empty data
 * directory, exactly as `npm start` would run it, and wait until it says it is listening.
 */
export async function startServer(options: { example?: boolean } = {}): Promise<TestServer> {
  const main = join(repoRoot, 'dist', 'server', 'main.js');
  if (!existsSync(main)) throw new Error('dist/server/main.js is missing: run `node scripts/build.mjs` first (npm run test:e2e does).');
  if (!existsSync(join(repoRoot, 'dist', 'web', 'index.html'))) throw new Error('dist/web is missing: run `node scripts/build.mjs` first.');
  const dataDir = mkdtempSync(join(tmpdir(), 'metaethno-e2e-'));
  const port = await freePort();
  // Journeys start from an empty store unless they are about the example review (it takes a while to build).
  const child = spawn(process.execPath, [main, '--port', String(port), '--data', dataDir, ...(options.example ? [] : ['--no-example'])], {
    cwd: repoRoot,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, DATABASE_URL: '' },
  });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`The server did not start within 180 s. Output:\n${output}`)), 180_000);
    const onData = (chunk: Buffer): void => {
      output = (output + chunk.toString()).slice(-logLimit);
      if (/is running at/.test(output)) {
        clearTimeout(timer);
        resolve(`http://127.0.0.1:${port}`);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      output += `\n(the server exited with code ${code})`;
      reject(new Error(`The server exited with code ${code} before it was ready. Output:\n${output}`));
    });
  });
  return {
    url,
    dataDir,
    log: () => output,
    stop: () => stopChild(child).then(() => rmSync(dataDir, { recursive: true, force: true })),
  };
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    child.kill('SIGTERM');
  });
}
