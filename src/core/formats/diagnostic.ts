/**
 * Parsers never throw on bad input and never log: they return diagnostics. A diagnostic of severity
 * `error` means the file cannot be trusted as a whole (the import layer then rejects it and imports
 * nothing); `warning` means a record was read but something in it was dropped, guessed or repaired.
 */
export type Severity = 'error' | 'warning' | 'info';

export type Diagnostic = Readonly<{
  /** Stable, upper-snake code, prefixed by the format (`RIS_`, `BIBTEX_`…) or `FILE_` for format-agnostic ones. */
  code: string;
  severity: Severity;
  message: string;
  /** 1-based line in the decoded text, where known. */
  line?: number;
  /** 0-based index of the record in the file, where known. */
  recordIndex?: number;
}>;

/** Codes shared by every format. Each format lists its own in its plugin's `diagnosticCodes`. */
export const fileDiagnosticCodes = {
  FILE_EMPTY: 'The file holds no text.',
  FILE_BINARY: 'The file looks binary (NUL bytes, a PDF, ZIP or image signature).',
  FILE_FORMAT_UNKNOWN: 'The content matches no supported format.',
  FILE_NO_RECORDS: 'The file was read but holds no records.',
  FILE_ENCODING_GUESSED: 'The text encoding was not declared and was guessed.',
  FILE_ENCODING_INVALID: 'Bytes that are not valid in the detected encoding were replaced.',
  FILE_TRUNCATED: 'The file ends in the middle of a record.',
} as const;

export function diag(
  code: string,
  severity: Severity,
  message: string,
  where: { line?: number | undefined; recordIndex?: number | undefined } = {},
): Diagnostic {
  const d: { code: string; severity: Severity; message: string; line?: number; recordIndex?: number } = {
    code,
    severity,
    message,
  };
  if (where.line !== undefined) d.line = where.line;
  if (where.recordIndex !== undefined) d.recordIndex = where.recordIndex;
  return d;
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}
