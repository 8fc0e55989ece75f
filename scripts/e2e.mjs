// Browser tests: build the product if a source changed since the last build, then run the e2e suite
// (real server, real Chromium) with vitest. Extra arguments go to vitest, e.g. `npm run test:e2e -- -t import`.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const run = (args) => spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit' }).status ?? 1;

const built = run([join(root, 'scripts', 'build.mjs'), '--if-needed']);
if (built !== 0) process.exit(built);
process.exit(run([join(root, 'node_modules', 'vitest', 'vitest.mjs'), 'run', '--config', 'vitest.e2e.config.ts', ...process.argv.slice(2)]));
