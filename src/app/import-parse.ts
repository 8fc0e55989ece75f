import { Worker } from 'node:worker_threads';
import { AppError } from '../core/errors.js';
import type { ReadOptions } from '../core/formats/read.js';
import { createRowReader, type RowBatch, type RowContext } from './import-rows.js';

/** Reads a file into encoded rows, a chunk at a time; `close` releases what it holds. */
export type RowParser = Readonly<{
  push(chunk: Uint8Array): Promise<RowBatch>;
  end(): Promise<RowBatch>;
  close(): Promise<void>;
}>;

/** In the importing thread: for small files, where a worker would cost more than it saves. */
export function inlineRowParser(options: ReadOptions, context: RowContext): RowParser {
  const reader = createRowReader(options, context);
  return {
    push: (chunk) => Promise.resolve(reader.push(chunk)),
    end: () => Promise.resolve(reader.end()),
    close: () => Promise.resolve(),
  };
}

/**
 * In a worker thread: the embedded database runs in the importing thread, so reading the file there
 * too left one core idle. With the reading in a worker, the next chunk is parsed and encoded while the
 * previous one is written. Replies come in the order of the requests.
 */
export function workerRowParser(options: ReadOptions, context: RowContext): RowParser {
  // From the sources (tests, tsx) the worker is TypeScript too: it registers tsx's loader first.
  const source = import.meta.url.endsWith('.ts');
  const script = new URL(source ? './import-worker.ts' : './import-worker.js', import.meta.url);
  const worker = source
    ? new Worker(`import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(script.href)}); });`, { eval: true, workerData: { options, context } })
    : new Worker(script, { workerData: { options, context } });
  const waiting: { resolve(batch: RowBatch): void; reject(error: Error): void }[] = [];
  let broken: Error | undefined;
  const fail = (error: Error): void => {
    broken ??= error;
    for (const w of waiting.splice(0)) w.reject(broken);
  };
  worker.on('message', (message: { batch?: RowBatch; error?: string }) => {
    const next = waiting.shift();
    if (message.batch) next?.resolve(message.batch);
    else next?.reject(new AppError('IMPORT_UNREADABLE', message.error ?? 'The file could not be read.'));
  });
  worker.on('error', (error) => fail(error));
  worker.on('exit', (code) => fail(new AppError('INTERNAL', `The import's reader stopped (exit code ${code}).`)));
  const request = (message: { chunk?: Uint8Array }): Promise<RowBatch> =>
    new Promise<RowBatch>((resolve, reject) => {
      if (broken) return reject(broken);
      waiting.push({ resolve, reject });
      // A chunk is often a view into a larger buffer (a file read whole, a pooled socket buffer), and
      // posting a view copies all of its buffer: send a copy of the view alone (a Buffer's slice is no
      // copy), handed over, not copied again.
      const chunk = message.chunk ? new Uint8Array(message.chunk) : undefined;
      worker.postMessage(chunk ? { chunk } : {}, chunk ? [chunk.buffer] : []);
    });
  return {
    push: (chunk) => request({ chunk }),
    end: () => request({}),
    close: async () => {
      worker.removeAllListeners('exit');
      await worker.terminate();
    },
  };
}
