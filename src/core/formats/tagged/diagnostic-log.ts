import type { Diagnostic } from '../diagnostic.js';
import { diag } from '../diagnostic.js';

/**
 * A parser's diagnostics, capped per code: a 50,000-record Ovid file would otherwise carry 100,000
 * identical notes. The first `cap` of each code are kept with their line numbers; `close()` adds one
 * summary per code that overflowed.
 */
export type DiagnosticLog = {
  add(d: Diagnostic): void;
  /** Append the overflow summaries; call once, when the input has ended. */
  close(): void;
  readonly list: readonly Diagnostic[];
};

export const DIAGNOSTICS_PER_CODE = 20;

export function createDiagnosticLog(cap: number = DIAGNOSTICS_PER_CODE): DiagnosticLog {
  const list: Diagnostic[] = [];
  const seen = new Map<string, { count: number; first: Diagnostic }>();
  return {
    add(d: Diagnostic): void {
      const s = seen.get(d.code);
      if (!s) seen.set(d.code, { count: 1, first: d });
      else s.count++;
      if ((s?.count ?? 1) <= cap) list.push(d);
    },
    close(): void {
      for (const [code, { count, first }] of seen) {
        if (count > cap) {
          list.push(diag(code, first.severity, `${count - cap} more "${code}" diagnostic(s) like the above were not listed.`));
        }
      }
    },
    get list(): readonly Diagnostic[] {
      return list;
    },
  };
}
