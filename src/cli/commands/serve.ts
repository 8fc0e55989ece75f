import type { Command } from 'commander';
import { startServer } from '../../server/start.js';
import { globals } from '../context.js';

export function registerServeCommand(program: Command): void {
  program
    .command('serve')
    .description('serve the web app and API (on 127.0.0.1 unless --host is given)')
    .option('--port <n>', 'port', '4100')
    .option('--host <address>', 'address to bind (127.0.0.1 by default); other machines must sign in', '127.0.0.1')
    .option('--team', 'team mode: every request must sign in, even from this machine')
    .action(async (opts: { port: string; host: string; team?: boolean }, cmd: Command) => {
      const g = globals(cmd);
      const running = await startServer({ port: Number(opts.port), host: opts.host, dataDir: g.data ?? './metaethno-data', databaseUrl: process.env['DATABASE_URL'] || undefined, team: opts.team });
      process.stdout.write(`metaethno is running at ${running.url}\n`);
      await new Promise<void>((resolve) => {
        const stop = (): void => void running.close().then(resolve);
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      });
    });
}
