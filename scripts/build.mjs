// Build the product: TypeScript (core, store, app, server, cli) to dist/, the web app to dist/web.
// `--if-needed` skips the build when dist is newer than every source file (npm start, npm install).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const ifNeeded = process.argv.includes('--if-needed');

function newest(dir) {
  let t = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    if (entry.isDirectory()) t = Math.max(t, newest(p));
    else if (!entry.name.endsWith('.test.ts')) t = Math.max(t, statSync(p).mtimeMs);
  }
  return t;
}

const marker = join(root, 'dist', '.build-complete');
if (ifNeeded && existsSync(marker)) {
  const built = statSync(marker).mtimeMs;
  const inputs = [join(root, 'src'), join(root, 'examples')].filter(existsSync).map(newest);
  const configs = ['package.json', 'tsconfig.json', 'vite.config.ts'].map((f) => join(root, f)).filter(existsSync).map((f) => statSync(f).mtimeMs);
  if (Math.max(...inputs, ...configs) <= built) process.exit(0);
}
if (!existsSync(join(root, 'node_modules', 'typescript'))) {
  console.error('metaethno: dependencies are missing; run `npm install` first.');
  process.exit(1);
}

const run = (label, cmd, args) => {
  process.stderr.write(`metaethno: ${label}…\n`);
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) {
    console.error(`metaethno: ${label} failed`);
    process.exit(r.status ?? 1);
  }
};
run('compiling TypeScript', process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.json']);
run('building the web app', process.execPath, [join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--logLevel', 'warn']);
const { writeFileSync } = await import('node:fs');
writeFileSync(marker, new Date().toISOString());
