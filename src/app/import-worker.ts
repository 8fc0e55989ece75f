/**
 * The worker thread of a large import (see import-parse.ts): it reads the file's chunks into encoded
 * record rows while the importing thread writes the rows it sent before.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { ReadOptions } from '../core/formats/read.js';
import { createRowReader, type RowContext } from './import-rows.js';

const { options, context } = workerData as { options: ReadOptions; context: RowContext };
const reader = createRowReader(options, context);
const port = parentPort!;

port.on('message', (message: { chunk?: Uint8Array }) => {
  try {
    port.postMessage({ batch: message.chunk ? reader.push(message.chunk) : reader.end() });
  } catch (error) {
    port.postMessage({ error: error instanceof Error ? error.message : String(error) });
  }
});
