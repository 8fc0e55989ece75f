import { useId, useMemo, useState, type FormEvent, type ReactNode } from 'react';
import { countries } from '../../../core/characteristics/countries.js';
import { validateCharacteristics } from '../../../core/characteristics/values.js';
import type { CharacteristicsForm, FieldDefinition, FieldValue, Step, Study, StudyCharacteristics } from './api.js';

type Run = (steps: readonly Step[], label: string, done?: string) => Promise<boolean>;

/** Form values as the inputs hold them: numbers as typed, lists for multiple choices and countries. */
type Draft = Record<string, string | readonly string[]>;

const countryList = [...countries.values()].sort((a, b) => a.name.localeCompare(b.name, 'en-GB'));
const countryName = (code: string): string => countries.get(code)?.name ?? code;

function toDraft(form: CharacteristicsForm, saved: StudyCharacteristics | undefined): Draft {
  const draft: Draft = {};
  for (const f of form.fields) {
    const v = saved?.values[f.id];
    const many = f.kind === 'multi-choice' || (f.kind === 'country' && f.multiple);
    if (many) draft[f.id] = Array.isArray(v) ? v : typeof v === 'string' ? [v] : [];
    else draft[f.id] = v === undefined ? '' : Array.isArray(v) ? v.join(', ') : String(v);
  }
  return draft;
}

function toValues(form: CharacteristicsForm, draft: Draft): Record<string, FieldValue> {
  const values: Record<string, FieldValue> = {};
  for (const f of form.fields) {
    const v = draft[f.id];
    if (v === undefined) continue;
    if (typeof v !== 'string') {
      if (v.length > 0) values[f.id] = v;
      continue;
    }
    if (v.trim() === '') continue;
    values[f.id] = f.kind === 'number' ? Number(v) : v;
  }
  return values;
}

type Props = Readonly<{ study: Study; form: CharacteristicsForm; saved: StudyCharacteristics | undefined; canWrite: boolean; busy: boolean; run: Run }>;

/**
 * The study's characteristics (eMERGe 10): the project's form, field by field. A half-filled form can be
 * saved; the problems core finds (a required field empty, a number out of range) are shown beside each field.
 */
export function CharacteristicsPanel(props: Props): ReactNode {
  // A new saved value (another reviewer's, or an undo) starts the form again from it.
  return <CharacteristicsEditor key={JSON.stringify(props.saved ?? null)} {...props} />;
}

function CharacteristicsEditor({ study, form, saved, canWrite, busy, run }: Props): ReactNode {
  const [draft, setDraft] = useState<Draft>(() => toDraft(form, saved));
  const [touched, setTouched] = useState<ReadonlySet<string>>(() => new Set());
  const [attempted, setAttempted] = useState(saved !== undefined);
  const [dirty, setDirty] = useState(false);
  const id = useId();

  const values = useMemo(() => toValues(form, draft), [form, draft]);
  const issues = useMemo(() => validateCharacteristics(form, values), [form, values]);
  const issueOf = (fieldId: string): string | undefined => issues.find((i) => i.fieldId === fieldId)?.message;
  const filled = form.fields.filter((f) => values[f.id] !== undefined).length;
  const missingRequired = issues.filter((i) => i.code === 'required').length;

  const set = (fieldId: string, value: string | readonly string[]): void => {
    setDraft((d) => ({ ...d, [fieldId]: value }));
    setTouched((t) => new Set(t).add(fieldId));
    setDirty(true);
  };

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    setAttempted(true);
    const value = { studyId: study.id, values };
    const step: Step = { type: 'put', doc: 'characteristics', key: study.id, value, ...(saved !== undefined ? { previous: saved } : {}) };
    const others = issues.length - missingRequired;
    const note = missingRequired > 0 ? ` ${missingRequired === 1 ? 'One required field is' : `${missingRequired} required fields are`} still empty.` : others > 0 ? ' Some values need checking.' : '';
    await run([step], `Save the characteristics of ${study.label}`, `Characteristics saved.${note}`);
  };

  const show = (fieldId: string): string | undefined => (attempted || touched.has(fieldId) ? issueOf(fieldId) : undefined);

  return (
    <form className="characteristics-form" onSubmit={(e) => void submit(e)} aria-labelledby={`${id}-title`} noValidate>
      <div className="reading-panel-heading">
        <h2 id={`${id}-title`} className="reading-panel-title">
          {form.name}
        </h2>
        <p className="muted small">
          {filled} of {form.fields.length} fields filled
          {attempted && missingRequired > 0 ? ` · ${missingRequired} required ${missingRequired === 1 ? 'field is' : 'fields are'} empty` : ''}
        </p>
      </div>
      <fieldset className="reading-fieldset" disabled={!canWrite}>
        <legend className="visually-hidden">Characteristics of {study.label}</legend>
        {form.fields.map((f) => (
          <FieldInput key={f.id} field={f} value={draft[f.id] ?? ''} error={show(f.id)} onChange={(v) => set(f.id, v)} />
        ))}
      </fieldset>
      {canWrite ? (
        <div className="form-actions reading-panel-actions">
          <button type="submit" className="button button-primary button-small" disabled={busy || (!dirty && saved !== undefined)}>
            Save characteristics
          </button>
          {!dirty && saved !== undefined ? <span className="muted small">All changes saved</span> : dirty ? <span className="muted small">Unsaved changes</span> : null}
        </div>
      ) : null}
    </form>
  );
}

function FieldInput({ field: f, value, error, onChange }: { field: FieldDefinition; value: string | readonly string[]; error: string | undefined; onChange: (v: string | readonly string[]) => void }): ReactNode {
  const id = useId();
  const hintId = f.help ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  const label = (
    <>
      {f.label}
      {f.required ? <span className="reading-required-mark"> (required)</span> : null}
    </>
  );
  const messages = (
    <>
      {f.help ? (
        <p id={hintId} className="field-hint">
          {f.help}
        </p>
      ) : null}
      {error ? (
        <p id={errorId} className="field-error">
          {error}
        </p>
      ) : null}
    </>
  );

  if (f.kind === 'multi-choice' || (f.kind === 'country' && f.multiple)) {
    const list = typeof value === 'string' ? [] : value;
    if (f.kind === 'multi-choice') {
      return (
        <fieldset className="field reading-field-group" aria-describedby={describedBy}>
          <legend className="field-label">{label}</legend>
          <div className="reading-checkbox-list">
            {f.options.map((o) => (
              <label key={o.value} className="checkbox reading-checkbox-tight">
                <input type="checkbox" checked={list.includes(o.value)} onChange={(e) => onChange(e.target.checked ? [...list, o.value] : list.filter((v) => v !== o.value))} /> {o.label}
              </label>
            ))}
          </div>
          {messages}
        </fieldset>
      );
    }
    return (
      <div className="field">
        <label htmlFor={id} className="field-label">
          {label}
        </label>
        {list.length > 0 ? (
          <ul className="chips country-chips" aria-label={`${f.label}: chosen`}>
            {list.map((code) => (
              <li key={code} className="chip reading-chip-removable">
                {countryName(code)}
                <button type="button" className="reading-chip-remove" onClick={() => onChange(list.filter((c) => c !== code))} aria-label={`Remove ${countryName(code)}`}>
                  <span className="close-icon" aria-hidden="true" />
                </button>
              </li>
            ))}
          </ul>
        ) : null}
        <select id={id} className="input input-small" value="" onChange={(e) => e.target.value && onChange([...list, e.target.value])} aria-describedby={describedBy} aria-invalid={Boolean(error)}>
          <option value="">{list.length > 0 ? 'Add another country' : 'Add a country'}</option>
          {countryList
            .filter((c) => !list.includes(c.code))
            .map((c) => (
              <option key={c.code} value={c.code}>
                {c.name}
              </option>
            ))}
        </select>
        {messages}
      </div>
    );
  }

  const text = typeof value === 'string' ? value : value.join(', ');
  let control: ReactNode;
  switch (f.kind) {
    case 'number':
      control = (
        <input id={id} className="input input-small reading-input-number" type="number" inputMode={f.integer ? 'numeric' : 'decimal'} step={f.integer ? 1 : 'any'} min={f.min} max={f.max} value={text} onChange={(e) => onChange(e.target.value)} aria-describedby={describedBy} aria-invalid={Boolean(error)} />
      );
      break;
    case 'choice':
      control = (
        <select id={id} className="input input-small" value={text} onChange={(e) => onChange(e.target.value)} aria-describedby={describedBy} aria-invalid={Boolean(error)}>
          <option value="">Not answered</option>
          {f.options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      );
      break;
    case 'country':
      control = (
        <select id={id} className="input input-small" value={text} onChange={(e) => onChange(e.target.value)} aria-describedby={describedBy} aria-invalid={Boolean(error)}>
          <option value="">Not answered</option>
          {text && !countries.has(text) ? <option value={text}>{text}</option> : null}
          {countryList.map((c) => (
            <option key={c.code} value={c.code}>
              {c.name}
            </option>
          ))}
        </select>
      );
      break;
    default:
      control = <textarea id={id} className="input input-small" rows={2} value={text} onChange={(e) => onChange(e.target.value)} aria-describedby={describedBy} aria-invalid={Boolean(error)} />;
  }
  return (
    <div className="field">
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      {control}
      {messages}
    </div>
  );
}
