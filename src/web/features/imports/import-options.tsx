import type { ReactNode } from 'react';
import type { ColumnMapping, FormatId } from '../../api/client.js';
import { Field } from '../../components/field.js';
import { formatLabels } from '../../lib/format.js';

export type ImportOptionsValue = Readonly<{ format: FormatId | ''; columns: Readonly<Record<string, string>> }>;

type Props = { value: ImportOptionsValue; onChange: (value: ImportOptionsValue) => void; disabled: boolean };

/** The CSV fields worth mapping by hand; the importer already knows the headers of common databases. */
const mappableFields: readonly { field: keyof ColumnMapping; label: string }[] = [
  { field: 'title', label: 'Title' },
  { field: 'authors', label: 'Authors' },
  { field: 'year', label: 'Year' },
  { field: 'journal', label: 'Journal' },
  { field: 'abstract', label: 'Abstract' },
  { field: 'doi', label: 'DOI' },
  { field: 'pmid', label: 'PMID' },
  { field: 'keywords', label: 'Keywords' },
  { field: 'id', label: 'Record id' },
];

export function toColumnMapping(columns: Readonly<Record<string, string>>): ColumnMapping | undefined {
  const entries = Object.entries(columns)
    .map(([k, v]) => [k, v.trim()] as const)
    .filter(([, v]) => v !== '');
  return entries.length > 0 ? Object.fromEntries(entries) : undefined;
}

export function ImportOptions({ value, onChange, disabled }: Props): ReactNode {
  const showColumns = value.format === '' || value.format === 'csv';
  return (
    <details className="advanced">
      <summary>Advanced options</summary>
      <div className="advanced-body">
        <Field label="Format" hint="Leave on automatic unless a file is read as the wrong format.">
          {({ id, describedBy }) => (
            <select id={id} className="input" value={value.format} disabled={disabled} aria-describedby={describedBy} onChange={(e) => onChange({ ...value, format: e.target.value as FormatId | '' })}>
              <option value="">Detect from the content</option>
              {Object.entries(formatLabels).map(([id, label]) => (
                <option key={id} value={id}>
                  {label}
                </option>
              ))}
            </select>
          )}
        </Field>
        {showColumns ? (
          <fieldset className="column-mapping">
            <legend className="field-label">CSV columns</legend>
            <p className="field-hint">For a spreadsheet with unusual headers: type the header of the column that holds each field. Empty fields keep the automatic mapping.</p>
            <div className="column-grid">
              {mappableFields.map(({ field, label }) => (
                <label key={field} className="column-field">
                  <span>{label}</span>
                  <input
                    className="input input-small"
                    value={value.columns[field] ?? ''}
                    disabled={disabled}
                    onChange={(e) => onChange({ ...value, columns: { ...value.columns, [field]: e.target.value } })}
                  />
                </label>
              ))}
            </div>
          </fieldset>
        ) : null}
      </div>
    </details>
  );
}
