import { parse } from 'csv-parse/sync';
import { AppError } from '../errors.js';
import type { Label, LabelledDoc } from './types.js';

const includeWords = new Set(['1', '1.0', 'true', 'yes', 'y', 'include', 'included']);
const excludeWords = new Set(['0', '0.0', 'false', 'no', 'n', 'exclude', 'excluded']);

function parseLabel(value: string, row: number): Label {
  const word = value.trim().toLowerCase();
  if (includeWords.has(word)) return 1;
  if (excludeWords.has(word)) return 0;
  throw new AppError('INVALID_ARGUMENT', `Row ${row}: label "${value}" is neither include (1) nor exclude (0).`, {
    row,
    value,
  });
}

/**
 * Reads a labelled screening set (the CSV layout of ASReview's and SYNERGY's datasets): columns
 * `title`, `abstract` and `label_included` (1 = include), matched case-insensitively. The id is taken
 * from `record_id`, else `id`, else `doi`; a row with none, or with an id an earlier row already
 * has, gets `row-N` (N = its 1-based data row), so ids are always unique. A `duplicate_record_id`
 * column (Nagtegaal 2019) becomes `duplicateOf`. Throws AppError INVALID_ARGUMENT on a malformed
 * file, a missing label column or a label that is neither 0 nor 1: a simulation needs every label.
 */
export function parseLabelledCsv(text: string): LabelledDoc[] {
  let rows: string[][];
  try {
    rows = parse(text, { bom: true, relax_column_count: true, skip_empty_lines: true }) satisfies string[][];
  } catch (cause) {
    throw new AppError('INVALID_ARGUMENT', 'The file is not readable as CSV.', undefined, { cause });
  }
  const header = rows[0]?.map((name) => name.trim().toLowerCase()) ?? [];
  const column = (...names: string[]): number => {
    for (const name of names) {
      const index = header.indexOf(name);
      if (index >= 0) return index;
    }
    return -1;
  };
  const labelColumn = column('label_included', 'included', 'label');
  const titleColumn = column('title', 'primary_title');
  const abstractColumn = column('abstract', 'notes_abstract');
  if (labelColumn < 0) {
    throw new AppError('INVALID_ARGUMENT', 'The file has no label_included column.', { columns: header });
  }
  if (titleColumn < 0 && abstractColumn < 0) {
    throw new AppError('INVALID_ARGUMENT', 'The file has neither a title nor an abstract column.', { columns: header });
  }
  const idColumns = ['record_id', 'id', 'doi'].map((name) => column(name)).filter((index) => index >= 0);
  const duplicateColumn = column('duplicate_record_id');

  const seen = new Set<string>();
  const docs: LabelledDoc[] = [];
  rows.slice(1).forEach((cells, index) => {
    const row = index + 1;
    const cell = (at: number): string => (at >= 0 ? (cells[at] ?? '').trim() : '');
    let id = idColumns.map(cell).find((value) => value !== '') ?? `row-${row}`;
    if (seen.has(id)) id = `row-${row}`;
    seen.add(id);
    const title = cell(titleColumn);
    const abstract = cell(abstractColumn);
    const duplicateOf = cell(duplicateColumn);
    docs.push({
      id,
      ...(title !== '' && { title }),
      ...(abstract !== '' && { abstract }),
      label: parseLabel(cell(labelColumn), row),
      ...(duplicateOf !== '' && { duplicateOf }),
    });
  });
  return docs;
}

/**
 * Prepares a set as Ferdinands et al. (2023) prepared theirs (their `datasets/readme.Rmd`:
 * `drop_na(abstract) %>% distinct(abstract, .keep_all = TRUE)`), so our WSS can be set beside their
 * published figures: records without an abstract are removed, and of records with the very same
 * abstract only the first is kept, with its own label. On Nagtegaal_2019 this gives their 1,847
 * records with 100 includes. Records the source marks as duplicates (`duplicateOf`) are kept, as they
 * kept them; a copy with another abstract is therefore kept too.
 */
export function prepareLikeFerdinands(docs: readonly LabelledDoc[]): LabelledDoc[] {
  const seen = new Set<string>();
  const kept: LabelledDoc[] = [];
  for (const doc of docs) {
    const abstract = (doc.abstract ?? '').trim();
    if (abstract === '' || seen.has(abstract)) continue;
    seen.add(abstract);
    kept.push(doc);
  }
  return kept;
}
