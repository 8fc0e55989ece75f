/**
 * GRADE-CERQual, per review finding: the four components, each judged with an explanation beside the data it
 * draws on (appraisals, refutations, amounts of data, relevance to the protocol), then the overall confidence,
 * and the Summary of Qualitative Findings table as it will appear in the report. The reviewers make every
 * judgement; nothing here computes one.
 */
import { useEffect, useId, useMemo, useState, type FormEvent, type ReactNode } from 'react';
import { reviewAssessment, type CerqualAssessment } from '../../../core/cerqual/assessment.js';
import type { ComponentInputs, RelevanceStatus } from '../../../core/cerqual/component-inputs.js';
import type { Finding } from '../../../core/cerqual/finding.js';
import {
  cerqualComponents,
  componentLabels,
  concernLabels,
  concernLevels,
  confidenceLabels,
  confidenceLevels,
  type CerqualComponent,
  type ConcernLevel,
  type ConfidenceLevel,
} from '../../../core/cerqual/levels.js';
import type { AppraisalRowSource } from '../../../core/appraisal/table.js';
import type { SectionProps } from '../../shell/sections.js';
import { EmptyState } from '../../components/empty-state.js';
import { ErrorMessage } from '../../components/error-message.js';
import { Loading } from '../../components/loading.js';
import { formatDateTime, formatNumber, plural } from '../../lib/format.js';
import { projectPath } from '../../lib/paths.js';
import { useAsync } from '../../lib/use-async.js';
import { Link, navigate, useQuery } from '../../lib/router.js';
import { synthesisApi } from './api.js';
import { SynthesisPageFrame } from './chrome.js';
import { CommentsThread } from './comments.js';
import { q } from './labels.js';
import { useLoaded, useWorkbench, type Loaded } from './workbench.js';

export function CerqualPage({ project }: SectionProps): ReactNode {
  return (
    <SynthesisPageFrame
      project={project}
      title="GRADE-CERQual"
      description="How much confidence each review finding deserves. Judge the four components against the evidence shown beside them, explain every judgement, then assess the overall confidence: every finding starts at high and is downgraded for concerns."
      loadingLabel="Loading the findings…"
    >
      <CerqualWorkspace />
    </SynthesisPageFrame>
  );
}

const componentQuestions: Readonly<Record<CerqualComponent, string>> = {
  'methodological-limitations': 'Concerns about the design or conduct of the studies that contribute to the finding.',
  coherence: 'How clear and cogent the fit is between the data and the finding; whether contrasting data are explained.',
  adequacy: 'The richness and quantity of the data supporting the finding.',
  relevance: 'How applicable the supporting data are to the context in the review question.',
};

function CerqualWorkspace(): ReactNode {
  const wb = useWorkbench();
  const loaded = useLoaded();
  const query = useQuery();
  if (!loaded) return null;
  const findings = loaded.data.findings;
  if (findings.length === 0) {
    return (
      <EmptyState title="No findings to assess yet">
        <p>Each third-order construct without constructs within it becomes a review finding. Build the hierarchy on the Synthesis page first.</p>
        <p>
          <Link to={projectPath(wb.projectId, 'synthesis')}>Open the synthesis</Link>
        </p>
      </EmptyState>
    );
  }
  const current = findings.find((f) => f.id === query.get('finding')) ?? findings[0]!;
  const assessmentOf = (id: string): CerqualAssessment | undefined => loaded.docs.assessment[id] as CerqualAssessment | undefined;
  return (
    <>
      <div className="synth-master-detail">
        <nav className="synth-panel synth-list-panel" aria-label="Findings">
          <h2 className="synth-panel-title">Findings</h2>
          <ol className="synth-nav-list">
            {findings.map((f, i) => {
              const a = assessmentOf(f.id);
              return (
                <li key={f.id}>
                  <button
                    type="button"
                    className="synth-nav-item"
                    aria-current={f.id === current.id ? 'true' : undefined}
                    onClick={() => navigate(projectPath(wb.projectId, 'cerqual', { finding: f.id }), { replace: true })}
                  >
                    <span className="synth-nav-label">
                      {i + 1}. {f.label}
                    </span>
                    <span className="synth-nav-meta">
                      {a?.overall ? <span className={`synth-confidence synth-confidence-${a.overall.confidence}`}>{confidenceLabels[a.overall.confidence]}</span> : a ? `${Object.keys(a.components).length} of 4 components judged` : 'Not assessed'}
                    </span>
                  </button>
                </li>
              );
            })}
          </ol>
        </nav>
        <FindingAssessment key={`${current.id}|${assessmentOf(current.id)?.at ?? ''}`} finding={current} loaded={loaded} saved={assessmentOf(current.id)} />
      </div>
      <SoqfPreview />
    </>
  );
}

type Draft = Readonly<{
  components: Readonly<Record<CerqualComponent, Readonly<{ concerns: ConcernLevel | ''; explanation: string }>>>;
  overall: Readonly<{ confidence: ConfidenceLevel | ''; explanation: string }>;
}>;

function draftOf(saved: CerqualAssessment | undefined): Draft {
  const components = {} as Record<CerqualComponent, { concerns: ConcernLevel | ''; explanation: string }>;
  for (const c of cerqualComponents) components[c] = { concerns: saved?.components[c]?.concerns ?? '', explanation: saved?.components[c]?.explanation ?? '' };
  return { components, overall: { confidence: saved?.overall?.confidence ?? '', explanation: saved?.overall?.explanation ?? '' } };
}

function sameDraft(a: Draft, b: Draft): boolean {
  return (
    cerqualComponents.every((c) => a.components[c].concerns === b.components[c].concerns && a.components[c].explanation.trim() === b.components[c].explanation.trim()) &&
    a.overall.confidence === b.overall.confidence &&
    a.overall.explanation.trim() === b.overall.explanation.trim()
  );
}

type FindingProps = Readonly<{ finding: Finding; loaded: Loaded; saved: CerqualAssessment | undefined }>;

function FindingAssessment({ finding, loaded, saved }: FindingProps): ReactNode {
  const wb = useWorkbench();
  const id = useId();
  const seq = wb.view?.seq ?? 0;
  const inputs = useAsync(async (signal) => ({ for: finding.id, value: await synthesisApi.inputs(wb.projectId, finding.id, signal) }), [wb.projectId, finding.id, seq]);
  const initial = useMemo(() => draftOf(saved), [saved]);
  const [draft, setDraft] = useState<Draft>(initial);
  const [errors, setErrors] = useState<Readonly<Record<string, string>>>({});
  const dirty = !sameDraft(draft, initial);
  const current = inputs.data?.for === finding.id ? inputs.data.value : undefined;
  const third = finding.thirdOrderId ? loaded.synthesis.thirdOrders.find((t) => t.id === finding.thirdOrderId) : undefined;

  const setComponent = (c: CerqualComponent, patch: Partial<{ concerns: ConcernLevel | ''; explanation: string }>): void =>
    setDraft((d) => ({ ...d, components: { ...d.components, [c]: { ...d.components[c], ...patch } } }));

  const judged = (d: Draft) => {
    const components: Partial<Record<CerqualComponent, { concerns: ConcernLevel; explanation: string }>> = {};
    for (const c of cerqualComponents) {
      const j = d.components[c];
      if (j.concerns) components[c] = { concerns: j.concerns, explanation: j.explanation.trim() };
    }
    return components;
  };
  const warnings = useMemo(() => {
    const overall = draft.overall.confidence ? { confidence: draft.overall.confidence, explanation: draft.overall.explanation } : undefined;
    return reviewAssessment({ findingId: finding.id, components: judged(draft), ...(overall ? { overall } : {}), assessedBy: '', at: '' }).filter(
      (w) => w.code !== 'component-missing' && w.code !== 'overall-missing',
    );
  }, [draft, finding.id]);

  const save = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    if (!wb.me) return;
    const problems: Record<string, string> = {};
    for (const c of cerqualComponents) {
      const j = draft.components[c];
      if (j.concerns && !j.explanation.trim()) problems[c] = 'Explain this judgement; CERQual asks for one even for no or very minor concerns.';
      if (!j.concerns && j.explanation.trim()) problems[c] = 'Choose the level of concerns this explanation supports.';
    }
    if (draft.overall.confidence && !draft.overall.explanation.trim()) problems['overall'] = 'Explain the overall assessment.';
    if (!draft.overall.confidence && draft.overall.explanation.trim()) problems['overall'] = 'Choose the overall confidence this explanation supports.';
    setErrors(problems);
    if (Object.keys(problems).length > 0) {
      document.getElementById(`${id}-${Object.keys(problems)[0]}`)?.focus();
      return;
    }
    const value = {
      findingId: finding.id,
      components: judged(draft),
      ...(draft.overall.confidence ? { overall: { confidence: draft.overall.confidence, explanation: draft.overall.explanation.trim() } } : {}),
      assessedBy: wb.me.name,
      at: new Date().toISOString(),
    };
    await wb.run([{ type: 'put', doc: 'assessment', key: finding.id, value, ...(saved ? { previous: saved } : {}) }], `Assessed ${q(finding.label)} with GRADE-CERQual`);
  };

  return (
    <section className="synth-panel synth-detail-panel synth-cerqual" aria-labelledby={`${id}-title`}>
      <p className="synth-kicker">Review finding</p>
      <h2 id={`${id}-title`} className="synth-inspector-title">
        {finding.label}
      </h2>
      <FindingStatement finding={finding} loaded={loaded} />
      <p className="muted small">
        {third ? (
          <>
            From the third-order construct <Link to={projectPath(wb.projectId, 'synthesis', { construct: third.id })}>{third.label}</Link>
          </>
        ) : (
          'Not linked to a third-order construct.'
        )}
        {current ? ` · ${plural(current.studies.length, 'contributing study', 'contributing studies')}: ${current.studies.map((s) => s.label).join(', ') || 'none yet'}` : ''}
        {saved ? ` · last assessed by ${wb.nameOf(saved.assessedBy)}, ${formatDateTime(saved.at)}` : ''}
      </p>
      {inputs.error ? <ErrorMessage error={inputs.error} title="The evidence for this finding could not be loaded" onRetry={inputs.reload} /> : null}
      {!current && !inputs.error ? <Loading label="Gathering the evidence for this finding…" /> : null}

      <form className="synth-cerqual-form" onSubmit={(e) => void save(e)} noValidate>
        {cerqualComponents.map((c) => (
          <fieldset key={c} className="synth-component" aria-describedby={`${id}-${c}-q`}>
            <legend className="synth-component-title">{componentLabels[c]}</legend>
            <p id={`${id}-${c}-q`} className="muted small synth-component-question">
              {componentQuestions[c]}
            </p>
            <div className="synth-component-grid">
              <div className="synth-judgement">
                <div className="synth-radio-list" role="radiogroup" aria-label={`${componentLabels[c]}: concerns`}>
                  {concernLevels.map((level) => (
                    <label key={level} className={`synth-radio synth-concern-${level}`}>
                      <input type="radio" name={`${id}-${c}`} value={level} checked={draft.components[c].concerns === level} onChange={() => setComponent(c, { concerns: level })} disabled={!wb.canEdit} />
                      <span>{concernLabels[level]}</span>
                    </label>
                  ))}
                </div>
                <label htmlFor={`${id}-${c}`} className="field-label small">
                  Explanation
                </label>
                <textarea
                  id={`${id}-${c}`}
                  className="input input-small"
                  rows={3}
                  value={draft.components[c].explanation}
                  onChange={(e) => setComponent(c, { explanation: e.target.value })}
                  readOnly={!wb.canEdit}
                  aria-invalid={Boolean(errors[c])}
                  aria-describedby={errors[c] ? `${id}-${c}-error` : undefined}
                />
                {errors[c] ? (
                  <p id={`${id}-${c}-error`} className="field-error">
                    {errors[c]}
                  </p>
                ) : null}
              </div>
              <div className="synth-inputs" aria-label={`Evidence for ${componentLabels[c].toLowerCase()}`} role="group">
                {current ? <ComponentInputsView component={c} inputs={current} /> : null}
              </div>
            </div>
          </fieldset>
        ))}
        <fieldset className="synth-component synth-overall">
          <legend className="synth-component-title">Overall confidence</legend>
          <div className="synth-radio-list synth-radio-row" role="radiogroup" aria-label="Overall confidence">
            {confidenceLevels.map((level) => (
              <label key={level} className={`synth-radio synth-confidence-choice-${level}`}>
                <input type="radio" name={`${id}-overall`} value={level} checked={draft.overall.confidence === level} onChange={() => setDraft((d) => ({ ...d, overall: { ...d.overall, confidence: level } }))} disabled={!wb.canEdit} />
                <span>{confidenceLabels[level]}</span>
              </label>
            ))}
          </div>
          <label htmlFor={`${id}-overall`} className="field-label small">
            Explanation
          </label>
          <textarea
            id={`${id}-overall`}
            className="input input-small"
            rows={3}
            value={draft.overall.explanation}
            onChange={(e) => setDraft((d) => ({ ...d, overall: { ...d.overall, explanation: e.target.value } }))}
            readOnly={!wb.canEdit}
            aria-invalid={Boolean(errors['overall'])}
            aria-describedby={errors['overall'] ? `${id}-overall-error` : `${id}-overall-hint`}
          />
          {errors['overall'] ? (
            <p id={`${id}-overall-error`} className="field-error">
              {errors['overall']}
            </p>
          ) : (
            <p id={`${id}-overall-hint`} className="field-hint">
              Say which components led to any downgrade; this is the explanation the Summary of Qualitative Findings shows.
            </p>
          )}
        </fieldset>
        {warnings.length > 0 ? (
          <div className="inline-warning" role="note">
            <p className="synth-field-name">Worth a second look before you save:</p>
            <ul className="synth-warning-list">
              {warnings.map((w) => (
                <li key={w.code}>{w.message}</li>
              ))}
            </ul>
          </div>
        ) : null}
        {wb.canEdit ? (
          <div className="synth-inline-actions synth-save-bar">
            <button type="submit" className="button button-primary" disabled={!dirty}>
              Save assessment
            </button>
            {dirty ? (
              <>
                <button
                  type="button"
                  className="button button-quiet"
                  onClick={() => {
                    setDraft(initial);
                    setErrors({});
                  }}
                >
                  Discard changes
                </button>
                <span className="small synth-unsaved">Unsaved changes</span>
              </>
            ) : null}
          </div>
        ) : null}
      </form>
      {finding.thirdOrderId ? <CommentsThread target={{ kind: 'thirdOrder', id: finding.thirdOrderId }} label={q(finding.label, 40)} /> : null}
    </section>
  );
}

/** The finding's summarised statement, editable; the first edit writes every listed finding, so none disappears. */
function FindingStatement({ finding, loaded }: { finding: Finding; loaded: Loaded }): ReactNode {
  const wb = useWorkbench();
  const id = useId();
  const [editing, setEditing] = useState(false);
  const [label, setLabel] = useState(finding.label);
  const [statement, setStatement] = useState(finding.statement);
  useEffect(() => {
    setLabel(finding.label);
    setStatement(finding.statement);
  }, [finding.label, finding.statement]);
  if (!editing) {
    return (
      <div className="synth-statement">
        <p className="prose-text">{finding.statement}</p>
        {wb.canEdit ? (
          <button type="button" className="button button-quiet button-small" onClick={() => setEditing(true)}>
            Edit the finding
          </button>
        ) : null}
      </div>
    );
  }
  const save = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    if (!label.trim() || !statement.trim()) return;
    const written = Object.keys(loaded.docs.finding).length > 0;
    const edited = { ...finding, label: label.trim(), statement: statement.trim() };
    // Until a finding is written, the list is one default per construct; writing one alone would hide the rest.
    const values = written ? [edited] : loaded.data.findings.map((f) => (f.id === finding.id ? edited : f));
    const ok = await wb.run(
      values.map((value) => ({ type: 'put', doc: 'finding', key: value.id, value })),
      `Edited the finding ${q(label)}`,
    );
    if (ok) setEditing(false);
  };
  return (
    <form className="synth-form synth-statement" onSubmit={(e) => void save(e)}>
      <label htmlFor={`${id}-label`} className="field-label small">
        Short name
      </label>
      <input id={`${id}-label`} className="input input-small" value={label} onChange={(e) => setLabel(e.target.value)} required />
      <label htmlFor={`${id}-statement`} className="field-label small">
        Summarised review finding
      </label>
      <textarea id={`${id}-statement`} className="input input-small" rows={3} value={statement} onChange={(e) => setStatement(e.target.value)} required />
      <div className="synth-inline-actions">
        <button type="submit" className="button button-small button-primary" disabled={!label.trim() || !statement.trim()}>
          Save finding
        </button>
        <button type="button" className="button button-small" onClick={() => setEditing(false)}>
          Cancel
        </button>
      </div>
    </form>
  );
}

const sourceLabels: Readonly<Record<AppraisalRowSource, string>> = {
  consensus: 'consensus appraisal',
  'single-reviewer': 'one reviewer’s appraisal',
  'awaiting-consensus': 'awaiting consensus',
  'not-appraised': 'not appraised',
};

const relevanceLabels: Readonly<Record<RelevanceStatus, string>> = {
  matches: 'Matches',
  partial: 'Partly',
  differs: 'Differs',
  'not-reported': 'Not reported',
};

function ComponentInputsView({ component, inputs }: { component: CerqualComponent; inputs: ComponentInputs }): ReactNode {
  switch (component) {
    case 'methodological-limitations': {
      const rows = inputs.methodologicalLimitations.studies;
      if (rows.length === 0) return <p className="muted small">No study contributes to this finding yet.</p>;
      return (
        <ul className="plain-list synth-input-list">
          {rows.map((r) => (
            <li key={r.study.id}>
              <p>
                <strong>{r.study.label}</strong>{' '}
                <span className="muted small">
                  {plural(r.contribution.constructs, 'construct')}, {plural(r.contribution.excerpts, 'quote')}
                </span>
              </p>
              {r.appraisal && r.appraisal.source !== 'not-appraised' && r.appraisal.source !== 'awaiting-consensus' ? (
                <>
                  <p className="small">
                    {r.appraisal.favourable} of {r.appraisal.applicable} items favourable ({sourceLabels[r.appraisal.source]})
                  </p>
                  {r.appraisal.concerns.length > 0 ? (
                    <ul className="synth-concern-items small">
                      {r.appraisal.concerns.map((c) => (
                        <li key={c.itemId}>
                          Q{c.number} {c.short}: <strong>{c.answer}</strong>
                          {c.comment ? <span className="muted"> · {c.comment}</span> : null}
                        </li>
                      ))}
                    </ul>
                  ) : null}
                  {r.appraisal.overallComment ? <p className="small muted">{r.appraisal.overallComment}</p> : null}
                </>
              ) : (
                <p className="small synth-unexplained">{r.appraisal ? `Appraisal ${sourceLabels[r.appraisal.source]}.` : 'Not appraised.'}</p>
              )}
            </li>
          ))}
        </ul>
      );
    }
    case 'coherence': {
      const c = inputs.coherence;
      return (
        <>
          <p className="small">
            {plural(c.reciprocalLinks, 'reciprocal link')} · {plural(c.refutations.length, 'refutational link')}
            {c.refutations.length > 0 ? `, ${c.unexplained === 0 ? 'all explained' : `${c.unexplained} not explained`}` : ''}
          </p>
          {c.refutations.length > 0 ? (
            <ul className="plain-list synth-input-list">
              {c.refutations.map((r) => (
                <li key={r.linkId} className="small">
                  <p>
                    <strong>
                      {r.from.label} → {r.to.label}
                    </strong>{' '}
                    <span className="muted">({r.concept.label})</span>
                  </p>
                  <p>{r.rationale}</p>
                  {r.resolved ? <p className="muted">Explained: {r.resolution}</p> : <p className="synth-unexplained">Not explained yet.</p>}
                </li>
              ))}
            </ul>
          ) : (
            <p className="muted small">No contradiction between studies is recorded for this finding.</p>
          )}
        </>
      );
    }
    case 'adequacy': {
      const a = inputs.adequacy;
      return (
        <>
          <dl className="synth-stats">
            <div>
              <dt>Studies</dt>
              <dd>{formatNumber(a.studies)}</dd>
            </div>
            <div>
              <dt>2nd-order</dt>
              <dd>{formatNumber(a.secondOrder)}</dd>
            </div>
            <div>
              <dt>1st-order</dt>
              <dd>{formatNumber(a.firstOrder)}</dd>
            </div>
            <div>
              <dt>Quotes</dt>
              <dd>{formatNumber(a.excerpts)}</dd>
            </div>
          </dl>
          {a.perStudy.length > 0 ? (
            <table className="table table-compact synth-small-table">
              <caption className="visually-hidden">Data per contributing study</caption>
              <thead>
                <tr>
                  <th scope="col">Study</th>
                  <th scope="col" className="num">
                    2nd
                  </th>
                  <th scope="col" className="num">
                    1st
                  </th>
                  <th scope="col" className="num">
                    Quotes
                  </th>
                </tr>
              </thead>
              <tbody>
                {a.perStudy.map((r) => (
                  <tr key={r.study.id}>
                    <th scope="row">{r.study.label}</th>
                    <td className="num">{r.secondOrder}</td>
                    <td className="num">{r.firstOrder}</td>
                    <td className="num">{r.excerpts}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
        </>
      );
    }
    case 'relevance': {
      const r = inputs.relevance;
      if (r.criteria.length === 0) return <p className="muted small">The protocol sets no relevance criteria yet, so studies cannot be compared with the review question’s context here.</p>;
      return (
        <>
          <p className="small">
            {(['matches', 'partial', 'differs', 'not-reported'] as const)
              .filter((s) => r.counts[s] > 0)
              .map((s) => `${relevanceLabels[s]}: ${r.counts[s]}`)
              .join(' · ') || 'No contributing study yet.'}
          </p>
          {r.studies.length > 0 ? (
            <div className="table-scroll" tabIndex={0} role="region" aria-label="Relevance of each contributing study">
              <table className="table table-compact synth-small-table">
                <caption className="visually-hidden">Each contributing study against the relevance criteria</caption>
                <thead>
                  <tr>
                    <th scope="col">Study</th>
                    {r.criteria.map((c) => (
                      <th key={c.fieldId} scope="col">
                        {c.label}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {r.studies.map((s) => (
                    <tr key={s.study.id}>
                      <th scope="row">{s.study.label}</th>
                      {s.checks.map((c) => (
                        <td key={c.fieldId} className={`synth-relevance-${c.status}`} title={`Expected ${c.expected}`}>
                          {relevanceLabels[c.status]}
                          {c.status !== 'not-reported' ? <span className="muted synth-block">{c.actual}</span> : null}
                        </td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ) : null}
        </>
      );
    }
  }
}

function SoqfPreview(): ReactNode {
  const wb = useWorkbench();
  const seq = wb.view?.seq ?? 0;
  const tables = useAsync((signal) => synthesisApi.tables(wb.projectId, signal), [wb.projectId, seq]);
  const soqf = tables.data?.soqf;
  return (
    <section className="card card-flush synth-soqf" aria-labelledby="soqf-title">
      <div className="synth-card-head">
        <h2 id="soqf-title" className="card-title">
          Summary of Qualitative Findings
        </h2>
        <p className="muted small">As the report will show it. Studies are numbered in translation order.</p>
      </div>
      {tables.error ? <ErrorMessage error={tables.error} title="The table could not be loaded" onRetry={tables.reload} /> : null}
      {!soqf && !tables.error ? <Loading label="Building the table…" /> : null}
      {soqf ? (
        <>
          <div className="table-scroll" tabIndex={0} role="region" aria-label="Table of findings and confidence">
            <table className="table synth-soqf-table">
              <thead>
                <tr>
                  <th scope="col" className="num">
                    #
                  </th>
                  <th scope="col">Summarised review finding</th>
                  <th scope="col">CERQual assessment of confidence</th>
                  <th scope="col">Explanation of CERQual assessment</th>
                  <th scope="col">Studies contributing</th>
                </tr>
              </thead>
              <tbody>
                {soqf.rows.map((r) => (
                  <tr key={r.findingId}>
                    <td className="num">{r.number}</td>
                    <td>
                      <strong>{r.label}.</strong> {r.statement}
                    </td>
                    <td className="nowrap">{r.confidence ? <span className={`synth-confidence synth-confidence-${r.confidence}`}>{confidenceLabels[r.confidence]}</span> : <span className="muted">Not yet assessed</span>}</td>
                    <td className="prose-text">{r.explanation ?? <span className="muted">–</span>}</td>
                    <td>{r.studies.length > 0 ? r.studies.map((s) => s.number).join(', ') : <span className="muted">none</span>}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {soqf.studies.length > 0 ? (
            <ol className="synth-soqf-studies small">
              {soqf.studies.map((s) => (
                <li key={s.id} value={s.number}>
                  {s.label}
                </li>
              ))}
            </ol>
          ) : null}
        </>
      ) : null}
    </section>
  );
}
