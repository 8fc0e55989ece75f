import { useEffect, useState, type ReactNode } from 'react';
import type { Project } from '../../api/client.js';
import { ErrorMessage } from '../../components/error-message.js';
import { Loading } from '../../components/loading.js';
import { useAsync } from '../../lib/use-async.js';
import { reportApi } from './api.js';

/** The authors' own prose, each placed where eMERGe and ENTREQ expect it in the report. */
const fields: readonly { key: string; label: string; hint: string }[] = [
  { key: 'authors', label: 'Authors', hint: 'As they should be printed under the title.' },
  { key: 'background', label: 'Background', hint: 'The knowledge gap and its wider context (eMERGe 1).' },
  { key: 'aims', label: 'Aims', hint: 'What the synthesis sets out to do (eMERGe 2).' },
  { key: 'rationale', label: 'Why meta-ethnography', hint: 'Why this method suits the question and the studies (eMERGe 4).' },
  { key: 'searchRationale', label: 'Search approach', hint: 'Comprehensive or purposive, and why (eMERGe 5).' },
  { key: 'eligibility', label: 'Eligibility criteria', hint: 'Inclusion and exclusion criteria in prose (ENTREQ 4).' },
  { key: 'discussion', label: 'Discussion', hint: 'The findings against existing literature (eMERGe 17).' },
  { key: 'strengths', label: 'Strengths', hint: 'Strengths of the synthesis (eMERGe 18).' },
  { key: 'limitations', label: 'Limitations', hint: 'How the studies and the conduct of the synthesis shaped the findings (eMERGe 18).' },
  { key: 'reflexivity', label: 'Reflexivity', hint: 'The team’s influence on the findings (eMERGe 18).' },
  { key: 'conclusion', label: 'Conclusions', hint: 'Implications for policy, practice, research and theory (eMERGe 19).' },
  { key: 'funding', label: 'Funding', hint: 'Sources of funding and their role.' },
  { key: 'protocol', label: 'Protocol and registration', hint: 'E.g. a PROSPERO number, or that none was registered.' },
];

function TextField({ project, name, label, hint, saved, onSaved }: { project: Project; name: string; label: string; hint: string; saved: string | undefined; onSaved: () => void }): ReactNode {
  const [value, setValue] = useState(saved ?? '');
  const [state, setState] = useState<{ busy: boolean; error?: string; done?: boolean }>({ busy: false });
  useEffect(() => setValue(saved ?? ''), [saved]);
  const dirty = value !== (saved ?? '');
  const id = `report-text-${name}`;
  const save = async (): Promise<void> => {
    setState({ busy: true });
    try {
      await reportApi.saveText(project.id, name, value, saved);
      setState({ busy: false, done: true });
      onSaved();
    } catch (error) {
      setState({ busy: false, error: error instanceof Error ? error.message : String(error) });
    }
  };
  return (
    <div className="field report-text-field">
      <label htmlFor={id}>{label}</label>
      <p className="field-hint" id={`${id}-hint`}>
        {hint}
      </p>
      <textarea id={id} aria-describedby={`${id}-hint`} rows={name === 'authors' || name === 'funding' || name === 'protocol' ? 2 : 5} value={value} onChange={(e) => setValue(e.target.value)} disabled={project.role === 'viewer'} />
      <div className="report-text-actions">
        <button type="button" className="button button-small" disabled={!dirty || state.busy} onClick={() => void save()}>
          {state.busy ? 'Saving…' : 'Save'}
        </button>
        {state.error ? (
          <span className="field-error" role="alert">
            {state.error}
          </span>
        ) : state.done && !dirty ? (
          <span className="field-ok" role="status">
            Saved
          </span>
        ) : null}
      </div>
    </div>
  );
}

export function ReportTexts({ project, onSaved }: { project: Project; onSaved: () => void }): ReactNode {
  const texts = useAsync((signal) => reportApi.texts(project.id, signal), [project.id]);
  if (texts.error) return <ErrorMessage error={texts.error} title="The report texts cannot be loaded" onRetry={texts.reload} />;
  if (!texts.data) return <Loading label="Loading the report texts…" />;
  const saved = texts.data.docs.text;
  return (
    <div className="report-texts">
      {fields.map((f) => (
        <TextField
          key={f.key}
          project={project}
          name={f.key}
          label={f.label}
          hint={f.hint}
          saved={saved[f.key]}
          onSaved={() => {
            texts.reload();
            onSaved();
          }}
        />
      ))}
    </div>
  );
}
