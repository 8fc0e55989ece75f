import { useEffect, useState, type FormEvent, type ReactNode } from 'react';
import { api, type ApiError, type ScreeningSettingsView } from '../../api/client.js';
import { ErrorMessage } from '../../components/error-message.js';
import { Field } from '../../components/field.js';
import { Loading } from '../../components/loading.js';
import { useAsync } from '../../lib/use-async.js';

type Draft = { ta: 1 | 2 | 3; ft: 1 | 2 | 3; blinded: boolean; reasons: string; criteria: string; include: string; exclude: string };

const toDraft = (v: ScreeningSettingsView): Draft => ({
  ta: v.settings.reviewersPerRecord['title-abstract'],
  ft: v.settings.reviewersPerRecord['full-text'],
  blinded: v.settings.blinded,
  reasons: v.settings.exclusionReasons.map((r) => (r.code === r.label ? r.label : `${r.code}: ${r.label}`)).join('\n'),
  criteria: v.settings.eligibilityCriteria,
  include: v.keywords.include.join('\n'),
  exclude: v.keywords.exclude.join('\n'),
});

const lines = (text: string): string[] => text.split(/\n|,/).map((s) => s.trim()).filter(Boolean);

/** "wrong-design: Not a qualitative study" → code and label; a line without a code uses itself for both. */
const parseReasons = (text: string): { code: string; label: string }[] =>
  text
    .split('\n')
    .map((s) => s.trim())
    .filter(Boolean)
    .map((line) => {
      const m = /^([\w.-]{1,80}):\s*(.+)$/.exec(line);
      return m ? { code: m[1]!, label: m[2]! } : { code: line.slice(0, 80), label: line };
    });

const counts = [1, 2, 3] as const;

/** The owner's screening settings: reviewers per record, blinding, reasons, criteria and keywords. */
export function SettingsPanel({ projectId, onSaved }: { projectId: string; onSaved: () => void }): ReactNode {
  const loaded = useAsync((signal) => api.screeningSettings(projectId, signal), [projectId]);
  const [draft, setDraft] = useState<Draft | undefined>(undefined);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<ApiError | undefined>(undefined);
  const [saved, setSaved] = useState(false);
  useEffect(() => {
    if (loaded.data) setDraft(toDraft(loaded.data));
  }, [loaded.data]);

  const set = <K extends keyof Draft>(key: K, value: Draft[K]): void => {
    setSaved(false);
    setDraft((d) => (d ? { ...d, [key]: value } : d));
  };
  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    if (!draft) return;
    setSaving(true);
    setError(undefined);
    try {
      const next = await api.updateScreeningSettings(projectId, {
        reviewersPerRecord: { 'title-abstract': draft.ta, 'full-text': draft.ft },
        blinded: draft.blinded,
        exclusionReasons: parseReasons(draft.reasons),
        eligibilityCriteria: draft.criteria,
        keywords: { include: lines(draft.include), exclude: lines(draft.exclude) },
      });
      setDraft(toDraft(next));
      setSaved(true);
      onSaved();
    } catch (e) {
      setError(e as ApiError);
    } finally {
      setSaving(false);
    }
  };

  return (
    <form className="card form" aria-labelledby="settings-heading" onSubmit={(e) => void submit(e)} noValidate>
      <h2 id="settings-heading" className="card-title">
        Screening settings
      </h2>
      {loaded.error ? <ErrorMessage error={loaded.error} title="The settings could not be loaded" onRetry={loaded.reload} /> : null}
      {!draft ? (
        loaded.error ? null : <Loading label="Loading settings…" />
      ) : (
        <>
          <div className="form-grid">
            <Field label="Reviewers per record at title and abstract">
              {({ id }) => (
                <select id={id} className="input" value={draft.ta} onChange={(e) => set('ta', Number(e.target.value) as 1 | 2 | 3)}>
                  {counts.map((n) => (
                    <option key={n} value={n}>
                      {n}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field label="Reviewers per record at full text">
              {({ id }) => (
                <select id={id} className="input" value={draft.ft} onChange={(e) => set('ft', Number(e.target.value) as 1 | 2 | 3)}>
                  {counts.map((n) => (
                    <option key={n} value={n}>
                      {n}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          </div>
          <label className="checkbox">
            <input type="checkbox" checked={draft.blinded} onChange={(e) => set('blinded', e.target.checked)} /> Blind reviewers to each other’s decisions
          </label>
          <Field label="Eligibility criteria" hint="Shown beside every record while screening." optional>
            {({ id, describedBy }) => <textarea id={id} className="input" rows={4} value={draft.criteria} onChange={(e) => set('criteria', e.target.value)} aria-describedby={describedBy} />}
          </Field>
          <Field label="Exclusion reasons" hint="One per line, as “code: label”, e.g. “design: Not a qualitative study”." optional error={error?.details?.issues?.find((i) => i.path.startsWith('exclusionReasons'))?.message}>
            {({ id, describedBy, invalid }) => <textarea id={id} className="input" rows={4} value={draft.reasons} onChange={(e) => set('reasons', e.target.value)} aria-describedby={describedBy} aria-invalid={invalid} />}
          </Field>
          <div className="form-grid">
            <Field label="Include keywords" hint="One per line; highlighted in green." optional>
              {({ id, describedBy }) => <textarea id={id} className="input" rows={3} value={draft.include} onChange={(e) => set('include', e.target.value)} aria-describedby={describedBy} />}
            </Field>
            <Field label="Exclude keywords" hint="One per line; highlighted in red." optional>
              {({ id, describedBy }) => <textarea id={id} className="input" rows={3} value={draft.exclude} onChange={(e) => set('exclude', e.target.value)} aria-describedby={describedBy} />}
            </Field>
          </div>
          {error ? <ErrorMessage error={error} title="The settings were not saved" /> : null}
          <div className="form-actions">
            <button type="submit" className="button button-primary" disabled={saving}>
              Save settings
            </button>
            <p className="muted small" role="status">
              {saved ? 'Settings saved.' : ''}
            </p>
          </div>
        </>
      )}
    </form>
  );
}
