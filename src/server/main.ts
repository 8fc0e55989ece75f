import { parseArgs } from 'node:util';
import { startServer } from './start.js';

/** `npm start -- --port 4000 --host 0.0.0.0 --data ./my-data` */
const { values } = parseArgs({
  options: {
    port: { type: 'string', default: process.env['PORT'] ?? '4100' },
    host: { type: 'string', default: process.env['HOST'] ?? '127.0.0.1' },
    data: { type: 'string', default: process.env['METAETHNO_DATA'] ?? './metaethno-data' },
    team: { type: 'boolean', default: false },
    'no-example': { type: 'boolean', default: false },
  },
  allowPositionals: false,
});

const running = await startServer({
  port: Number(values.port),
  host: values.host,
  dataDir: values.data,
  team: values.team,
  databaseUrl: process.env['DATABASE_URL'] || undefined,
  example: !values['no-example'],
  onProgress: (message) => process.stdout.write(`${message}\n`),
});
process.stdout.write(`metaethno is running at ${running.url.replace('127.0.0.1', 'localhost')}  (data: ${process.env['DATABASE_URL'] ? 'PostgreSQL' : values.data})\n`);

const stop = (): void => {
  void running.close().then(() => process.exit(0));
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
