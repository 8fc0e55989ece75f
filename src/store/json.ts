import { runInNewContext } from 'node:vm';

/**
 * The engine's own JSON.stringify, for the JSON the store writes in bulk (imported records). pdfjs-dist's
 * legacy build, which the full-text extraction loads, installs core-js's JSON.stringify polyfill over
 * the global one: a wrapper that calls a replacer for every key and value, about ten times slower, and
 * serialising records became most of an import's time. The function of a fresh context is the
 * engine's, whatever has been loaded into this one. Same output.
 */
export function toJson(value: unknown): string {
  // Made on first use: a context costs a few milliseconds, which a process that imports nothing can keep.
  engineStringify ??= runInNewContext('JSON.stringify') as (value: unknown) => string;
  return engineStringify(value);
}
let engineStringify: ((value: unknown) => string) | undefined;
