import { isAppError } from '../core/errors.js';
import { exitCodeFor, exitCodes } from './exit-codes.js';

export type OutputOptions = Readonly<{ json?: boolean }>;

export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

/** A plain text table: columns padded to the widest cell, long cells cut with an ellipsis. */
export function printTable(headers: readonly string[], rows: readonly (readonly (string | number | null | undefined)[])[], maxWidth = 60): void {
  const cells = rows.map((r) => r.map((c) => clip(c === null || c === undefined ? '' : String(c), maxWidth)));
  const widths = headers.map((h, i) => Math.max(h.length, ...cells.map((r) => (r[i] ?? '').length)));
  const line = (r: readonly string[]): string => r.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ').trimEnd();
  process.stdout.write(`${line(headers)}\n${line(widths.map((w) => '-'.repeat(w)))}\n`);
  for (const r of cells) process.stdout.write(`${line(r)}\n`);
}

const clip = (s: string, n: number): string => {
  const one = s.replace(/\s+/g, ' ');
  return one.length > n ? `${one.slice(0, n - 1)}…` : one;
};

/** Report an error the way the user asked for (JSON on stdout, or a readable line on stderr) and give the exit code. */
export function reportError(error: unknown, json: boolean): number {
  if (isAppError(error)) {
    if (json) printJson({ error: error.toJSON() });
    else {
      process.stderr.write(`error [${error.code}]: ${error.message}\n`);
      const diagnostics = error.details?.['diagnostics'];
      if (Array.isArray(diagnostics)) {
        for (const d of diagnostics.slice(0, 10) as { line?: number; code: string; message: string }[]) {
          process.stderr.write(`  ${d.line !== undefined ? `line ${d.line}: ` : ''}${d.code} ${d.message}\n`);
        }
      }
      const issues = error.details?.['issues'];
      if (Array.isArray(issues) && issues.length > 1) {
        for (const i of issues as { path: string; message: string }[]) process.stderr.write(`  ${i.path}: ${i.message}\n`);
      }
    }
    return exitCodeFor(error.code);
  }
  const message = error instanceof Error ? error.message : String(error);
  if (json) printJson({ error: { code: 'INTERNAL', message } });
  else process.stderr.write(`error [INTERNAL]: ${message}\n${error instanceof Error && process.env['METAETHNO_DEBUG'] ? (error.stack ?? '') : ''}`);
  return exitCodes.internal;
}
