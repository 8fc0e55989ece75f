import type { BibRecord, ImportedRecord } from '../records/record.js';
import type { Diagnostic } from './diagnostic.js';

export type FormatId =
  | 'ris'
  | 'pubmed'
  | 'bibtex'
  | 'endnote-xml'
  | 'endnote-tagged'
  | 'wos-tagged'
  | 'wos-tab'
  | 'csv'
  | 'csl-json'
  // Ovid's "Citation (field labels)" display saved as text (`<1>` then `Title` / indented value).
  | 'ovid';

/**
 * Column mapping for delimited files: canonical field (or `id` for the record id) → the header that
 * holds it. Defaults cover Scopus, Embase, IEEE, Springer, Zotero, PubMed and generic exports; a
 * caller's mapping overrides them column by column.
 */
export type ColumnMapping = Readonly<Partial<Record<keyof BibRecord | 'id', string>>>;

export type ParseOptions = Readonly<{
  /** The file name, used only for messages and as a tie-break hint for detection. */
  fileName?: string;
  columns?: ColumnMapping;
}>;

/**
 * An incremental parser: text goes in by chunks of any size (split anywhere, even inside a line or
 * a multi-byte sequence's decoded output), finished records come out. Memory stays bounded by the
 * largest record, not the file.
 */
export type StreamParser = {
  push(chunk: string): ImportedRecord[];
  /** Flush the last record; after this, `diagnostics` is complete. */
  end(): ImportedRecord[];
  readonly diagnostics: readonly Diagnostic[];
};

export type ParseResult = Readonly<{
  format: FormatId;
  records: readonly ImportedRecord[];
  diagnostics: readonly Diagnostic[];
}>;

export type FormatPlugin = Readonly<{
  id: FormatId;
  label: string;
  /** Extensions, lower-case, without the dot. A hint only: detection reads the content. */
  extensions: readonly string[];
  /** Confidence 0..1 that `sample` (the first ~64 KB of decoded text) is in this format. */
  detect(sample: string): number;
  createParser(options?: ParseOptions): StreamParser;
  /** Every diagnostic code this format can emit, with its meaning (feeds docs/errors.md). */
  diagnosticCodes: Readonly<Record<string, string>>;
}>;

export type ExportFormatId = 'ris' | 'bibtex' | 'csv' | 'csl-json';

/** Exporters write canonical records; `id` becomes the RIS `ID`, BibTeX key, CSV id column, CSL id. */
export type ExportableRecord = BibRecord & Readonly<{ id: string }>;

export type FormatExporter = Readonly<{
  id: ExportFormatId;
  label: string;
  extension: string;
  mediaType: string;
  /** Text of the file start (e.g. the CSV header, `[` for JSON). */
  begin(): string;
  /** One record's text, including its separator from the previous one when `index > 0`. */
  record(record: ExportableRecord, index: number): string;
  end(): string;
}>;

/** Parse a whole string with a plugin: the convenience form of `createParser`. */
export function parseWith(plugin: FormatPlugin, text: string, options?: ParseOptions): ParseResult {
  const p = plugin.createParser(options);
  const records = p.push(text);
  records.push(...p.end());
  return { format: plugin.id, records, diagnostics: p.diagnostics };
}

export function exportWith(exporter: FormatExporter, records: readonly ExportableRecord[]): string {
  return exporter.begin() + records.map((r, i) => exporter.record(r, i)).join('') + exporter.end();
}
