/**
 * Phase 5, translating the studies into one another: for each concept, study-to-study links typed reciprocal
 * (the accounts say the same in other terms) or refutational (they contradict), each with the constructs
 * compared and the reasons; the translated concept in the team's words; and the refutation register.
 */
import { useEffect, useId, useMemo, useState, type FormEvent, type ReactNode } from 'react';
import type { Concept } from '../../../core/synthesis/concept.js';
import type { Construct } from '../../../core/synthesis/construct.js';
import { refutationRegister } from '../../../core/synthesis/refutation-register.js';
import type { Study } from '../../../core/synthesis/study.js';
import type { Translation, TranslationKind, TranslationLink } from '../../../core/synthesis/translation.js';
import type { SectionProps } from '../../shell/sections.js';
import { EmptyState } from '../../components/empty-state.js';
import { formatDate, formatDateTime, plural } from '../../lib/format.js';
import { projectPath } from '../../lib/paths.js';
import { Link, navigate, useQuery } from '../../lib/router.js';
import { newId } from './api.js';
import { SynthesisPageFrame } from './chrome.js';
import { CommentsThread } from './comments.js';
import { cellKey, gridModel, type GridModel } from './grid-model.js';
import { orderShort, q, translationKindLabels } from './labels.js';
import { useLoaded, useWorkbench, type Loaded } from './workbench.js';

export function TranslationsPage({ project }: SectionProps): ReactNode {
  return (
    <SynthesisPageFrame
      project={project}
      title="Translations"
      description="Translate the studies into one another, concept by concept: say where their accounts agree in other terms (reciprocal) or contradict (refutational), and why, keeping each study’s own context."
      loadingLabel="Loading the translations…"
    >
      <TranslationsWorkspace />
    </SynthesisPageFrame>
  );
}

function TranslationsWorkspace(): ReactNode {
  const wb = useWorkbench();
  const loaded = useLoaded();
  const query = useQuery();
  const wanted = query.get('concept');
  const synthesis = loaded?.synthesis;
  const model = useMemo(() => (synthesis ? gridModel(synthesis) : undefined), [synthesis]);
  const register = useMemo(() => (synthesis ? refutationRegister(synthesis) : []), [synthesis]);
  const [focusLink, setFocusLink] = useState<string | null>(null);
  if (!loaded || !synthesis || !model) return null;
  const concepts = synthesis.concepts;
  if (concepts.length === 0) {
    return (
      <EmptyState title="No concepts to translate yet">
        <p>Translation works concept by concept. Add concepts and place the studies’ constructs under them in the grid first.</p>
        <p>
          <Link to={projectPath(wb.projectId, 'grid')}>Open the grid</Link>
        </p>
      </EmptyState>
    );
  }
  const current = concepts.find((k) => k.id === wanted) ?? concepts[0]!;
  const select = (id: string, link?: string): void => {
    navigate(projectPath(wb.projectId, 'translations', { concept: id }), { replace: true });
    setFocusLink(link ?? null);
  };
  const translationOf = (id: string): Translation | undefined => synthesis.translations.find((t) => t.conceptId === id);

  return (
    <>
      <div className="synth-master-detail">
        <nav className="synth-panel synth-list-panel" aria-label="Concepts">
          <h2 className="synth-panel-title">Concepts</h2>
          <ul className="synth-nav-list">
            {concepts.map((k) => {
              const t = translationOf(k.id);
              const studies = [...model.cellByKey.values()].filter((c) => c.conceptId === k.id && c.constructIds.length > 0).length;
              const rec = t?.links.filter((l) => l.kind === 'reciprocal').length ?? 0;
              const ref = t?.links.filter((l) => l.kind === 'refutational').length ?? 0;
              return (
                <li key={k.id}>
                  <button type="button" className="synth-nav-item" aria-current={k.id === current.id ? 'true' : undefined} onClick={() => select(k.id)}>
                    <span className="synth-nav-label">{k.label}</span>
                    <span className="synth-nav-meta">
                      {plural(studies, 'study', 'studies')} · {rec} reciprocal · {ref} refutational
                    </span>
                  </button>
                </li>
              );
            })}
          </ul>
        </nav>
        <ConceptTranslation key={current.id} concept={current} translation={translationOf(current.id)} loaded={loaded} model={model} focusLink={focusLink} />
      </div>
      <RefutationRegister rows={register} onOpen={(conceptId, linkId) => select(conceptId, linkId)} />
    </>
  );
}

type ConceptProps = Readonly<{ concept: Concept; translation: Translation | undefined; loaded: Loaded; model: GridModel; focusLink: string | null }>;

function ConceptTranslation({ concept, translation, loaded, model, focusLink }: ConceptProps): ReactNode {
  const wb = useWorkbench();
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState<string | null>(null);
  const expressed = loaded.studies
    .map((s) => ({ study: s, constructs: (model.cellByKey.get(cellKey(s.id, concept.id))?.constructIds ?? []).flatMap((id) => model.constructById.get(id) ?? []) }))
    .filter((x) => x.constructs.length > 0);

  useEffect(() => {
    if (focusLink) document.getElementById(`link-${focusLink}`)?.focus();
  }, [focusLink]);

  const remove = (link: TranslationLink): void => {
    void wb.run([{ type: 'delete-cascade', kind: 'translationLink', id: link.id }], `Deleted the ${link.kind} link ${studyName(model, link.fromStudyId)} → ${studyName(model, link.toStudyId)} in ${q(concept.label)}`);
  };

  return (
    <section className="synth-panel synth-detail-panel" aria-labelledby="translation-title">
      <p className="synth-kicker">Concept</p>
      <h2 id="translation-title" className="synth-inspector-title">
        {concept.label}
      </h2>
      {concept.description ? <p className="muted">{concept.description}</p> : null}

      <h3 className="synth-subtitle">How the studies express it</h3>
      {expressed.length === 0 ? (
        <p className="muted small">
          No study’s constructs are placed under this concept yet. <Link to={projectPath(wb.projectId, 'grid')}>Place them in the grid</Link>.
        </p>
      ) : (
        <dl className="synth-expressed">
          {expressed.map(({ study, constructs }) => (
            <div key={study.id} className="synth-expressed-row">
              <dt>{study.label}</dt>
              <dd>
                <ul className="synth-tag-list">
                  {constructs.map((c) => (
                    <li key={c.id} className="synth-tag" title={c.text === c.label ? undefined : c.text}>
                      <span className="synth-order-tag" aria-hidden="true">
                        {orderShort(c.order)}
                      </span>
                      <span className="visually-hidden">{c.order === 1 ? 'First-order: ' : 'Second-order: '}</span>
                      {c.label}
                    </li>
                  ))}
                </ul>
              </dd>
            </div>
          ))}
        </dl>
      )}

      <SummaryForm concept={concept} translation={translation} />

      <div className="synth-section-head">
        <h3 className="synth-subtitle">Links between studies</h3>
        {wb.canEdit && !adding && loaded.studies.length > 1 ? (
          <button type="button" className="button button-small button-primary" onClick={() => setAdding(true)}>
            Add a link
          </button>
        ) : null}
      </div>
      {loaded.studies.length < 2 ? <p className="muted small">A translation links two studies; this review has fewer than two.</p> : null}
      {adding ? <LinkForm concept={concept} translation={translation} loaded={loaded} model={model} expressed={expressed.map((x) => x.study.id)} onDone={() => setAdding(false)} /> : null}
      {(translation?.links.length ?? 0) === 0 && !adding ? <p className="muted small">No links yet.</p> : null}
      <ol className="synth-link-list">
        {(translation?.links ?? []).map((link) =>
          editing === link.id ? (
            <li key={link.id}>
              <LinkForm concept={concept} translation={translation} link={link} loaded={loaded} model={model} expressed={expressed.map((x) => x.study.id)} onDone={() => setEditing(null)} />
            </li>
          ) : (
            <li key={link.id} id={`link-${link.id}`} tabIndex={-1} className={`synth-link synth-link-${link.kind}`}>
              <div className="synth-link-head">
                <span className={`badge synth-kind-${link.kind}`}>{translationKindLabels[link.kind]}</span>
                <strong>
                  {studyName(model, link.fromStudyId)} <span aria-hidden="true">→</span>
                  <span className="visually-hidden"> to </span> {studyName(model, link.toStudyId)}
                </strong>
                {wb.canEdit ? (
                  <span className="synth-link-actions">
                    <button type="button" className="button button-quiet button-small" onClick={() => setEditing(link.id)}>
                      Edit
                    </button>
                    <button type="button" className="button button-quiet button-small" onClick={() => remove(link)}>
                      Delete
                    </button>
                  </span>
                ) : null}
              </div>
              {link.fromConstructIds.length + link.toConstructIds.length > 0 ? (
                <p className="small synth-link-constructs">
                  {constructNames(model, link.fromConstructIds)} <span className="muted">compared with</span> {constructNames(model, link.toConstructIds)}
                </p>
              ) : null}
              <p className="prose-text">{link.rationale}</p>
              {link.kind === 'refutational' ? (
                link.resolution ? (
                  <p className="synth-resolution">
                    <span className="synth-field-name">Explained: </span>
                    {link.resolution}
                  </p>
                ) : (
                  <p className="synth-unexplained small">Not explained yet: record how the contradiction is accounted for.</p>
                )
              ) : null}
              <p className="muted small">
                {wb.nameOf(link.author)} · {formatDateTime(link.at)}
              </p>
              <CommentsThread target={{ kind: 'translationLink', id: link.id }} label={`the link ${studyName(model, link.fromStudyId)} → ${studyName(model, link.toStudyId)}`} />
            </li>
          ),
        )}
      </ol>
      {translation ? <CommentsThread target={{ kind: 'translation', id: translation.id }} label={`the translation of ${q(concept.label, 40)}`} heading="Comments on this translation" /> : null}
    </section>
  );
}

const studyName = (model: GridModel, id: string): string => model.studyById.get(id)?.label ?? id;
const constructNames = (model: GridModel, ids: readonly string[]): string =>
  ids.length === 0 ? '(no construct named)' : ids.map((id) => q(model.constructById.get(id)?.label ?? id, 50)).join(', ');

function SummaryForm({ concept, translation }: { concept: Concept; translation: Translation | undefined }): ReactNode {
  const wb = useWorkbench();
  const id = useId();
  const saved = translation?.summary ?? '';
  const [text, setText] = useState(saved);
  useEffect(() => setText(saved), [saved]);
  const save = (event: FormEvent): void => {
    event.preventDefault();
    const summary = text.trim();
    if (summary === saved.trim()) return;
    if (translation) {
      const { summary: _old, ...rest } = translation;
      void wb.run([{ type: 'update', kind: 'translation', value: summary ? { ...rest, summary } : rest }], `${summary ? 'Wrote' : 'Cleared'} the translated concept for ${q(concept.label)}`);
    } else {
      void wb.run([{ type: 'create', kind: 'translation', value: { id: newId('t'), conceptId: concept.id, summary, links: [] } }], `Wrote the translated concept for ${q(concept.label)}`);
    }
  };
  return (
    <form className="synth-form synth-summary-form" onSubmit={save}>
      <label htmlFor={id} className="field-label">
        Translated concept
      </label>
      <textarea id={id} className="input" rows={3} value={text} onChange={(e) => setText(e.target.value)} readOnly={!wb.canEdit} aria-describedby={`${id}-hint`} />
      <p id={`${id}-hint`} className="field-hint">
        The concept in your own words once the studies are translated into one another: what it means across them.
      </p>
      {wb.canEdit ? (
        <div className="synth-inline-actions">
          <button type="submit" className="button button-small" disabled={text.trim() === saved.trim()}>
            Save
          </button>
        </div>
      ) : null}
    </form>
  );
}

type LinkFormProps = Readonly<{
  concept: Concept;
  translation: Translation | undefined;
  link?: TranslationLink;
  loaded: Loaded;
  model: GridModel;
  /** Studies whose constructs are under the concept: offered first. */
  expressed: readonly string[];
  onDone: () => void;
}>;

function LinkForm({ concept, translation, link, loaded, model, expressed, onDone }: LinkFormProps): ReactNode {
  const wb = useWorkbench();
  const id = useId();
  const ordered = useMemo(() => {
    const first = loaded.studies.filter((s) => expressed.includes(s.id));
    return [...first, ...loaded.studies.filter((s) => !expressed.includes(s.id))];
  }, [loaded.studies, expressed]);
  const [from, setFrom] = useState<string>(link?.fromStudyId ?? ordered[0]?.id ?? '');
  const [to, setTo] = useState<string>(link?.toStudyId ?? ordered.find((s) => s.id !== (link?.fromStudyId ?? ordered[0]?.id))?.id ?? '');
  const [kind, setKind] = useState<TranslationKind>(link?.kind ?? 'reciprocal');
  const [fromConstructs, setFromConstructs] = useState<readonly string[]>(link?.fromConstructIds ?? []);
  const [toConstructs, setToConstructs] = useState<readonly string[]>(link?.toConstructIds ?? []);
  const [rationale, setRationale] = useState(link?.rationale ?? '');
  const [resolution, setResolution] = useState(link?.resolution ?? '');
  const [error, setError] = useState<string | undefined>(undefined);

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    if (!wb.me) return;
    if (!from || !to || from === to) return setError('Choose two different studies.');
    if (!rationale.trim()) return setError('Say why: how the concept as the first study expresses it reads in the second study’s terms.');
    setError(undefined);
    const value = {
      id: link?.id ?? newId('tl'),
      fromStudyId: from,
      toStudyId: to,
      kind,
      fromConstructIds: fromConstructs.filter((c) => model.constructById.get(c)?.studyId === from),
      toConstructIds: toConstructs.filter((c) => model.constructById.get(c)?.studyId === to),
      rationale: rationale.trim(),
      ...(kind === 'refutational' && resolution.trim() ? { resolution: resolution.trim() } : {}),
      author: link?.author ?? wb.me.name,
      at: link?.at ?? new Date().toISOString(),
    };
    const what = `${kind} link ${studyName(model, from)} → ${studyName(model, to)} in ${q(concept.label)}`;
    let ok: boolean;
    if (link && translation) {
      ok = await wb.run([{ type: 'update', kind: 'translation', value: { ...translation, links: translation.links.map((l) => (l.id === link.id ? value : l)) } }], `Edited the ${what}`);
    } else if (translation) {
      ok = await wb.run([{ type: 'link', relation: 'translation', translationId: translation.id, link: value }], `Added a ${what}`);
    } else {
      const translationId = newId('t');
      ok = await wb.run(
        [
          { type: 'create', kind: 'translation', value: { id: translationId, conceptId: concept.id, links: [] } },
          { type: 'link', relation: 'translation', translationId, link: value },
        ],
        `Added a ${what}`,
      );
    }
    if (ok) onDone();
  };

  return (
    <form className="synth-link-form" onSubmit={(e) => void submit(e)} aria-label={link ? 'Edit the link' : 'New link'}>
      <fieldset className="segmented synth-kind-choice">
        <legend className="field-label">Kind of translation</legend>
        {(['reciprocal', 'refutational'] as const).map((k) => (
          <label key={k} className="segmented-option">
            <input type="radio" name={`${id}-kind`} value={k} checked={kind === k} onChange={() => setKind(k)} />
            <span>{translationKindLabels[k]}</span>
          </label>
        ))}
      </fieldset>
      <p className="field-hint">{kind === 'reciprocal' ? 'The two accounts say the same thing in different terms.' : 'The two accounts contradict each other on this concept.'}</p>
      <div className="synth-link-sides">
        <StudySide label="From study" studies={ordered} expressed={expressed} studyId={from} onStudy={setFrom} constructs={fromConstructs} onConstructs={setFromConstructs} model={model} conceptId={concept.id} />
        <StudySide label="To study" studies={ordered} expressed={expressed} studyId={to} onStudy={setTo} constructs={toConstructs} onConstructs={setToConstructs} model={model} conceptId={concept.id} />
      </div>
      <label htmlFor={`${id}-why`} className="field-label">
        Rationale
      </label>
      <textarea id={`${id}-why`} className="input" rows={3} value={rationale} onChange={(e) => setRationale(e.target.value)} required aria-describedby={`${id}-why-hint`} />
      <p id={`${id}-why-hint`} className="field-hint">
        How the concept as the first study expresses it reads in the second study’s terms, and in what context.
      </p>
      {kind === 'refutational' ? (
        <>
          <label htmlFor={`${id}-res`} className="field-label">
            Explanation of the contradiction <span className="field-optional">(optional)</span>
          </label>
          <textarea id={`${id}-res`} className="input" rows={2} value={resolution} onChange={(e) => setResolution(e.target.value)} aria-describedby={`${id}-res-hint`} />
          <p id={`${id}-res-hint`} className="field-hint">
            How the team accounts for it (setting, population, period…). Unexplained contradictions weigh on CERQual coherence.
          </p>
        </>
      ) : null}
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="synth-inline-actions">
        <button type="submit" className="button button-small button-primary">
          {link ? 'Save link' : 'Add link'}
        </button>
        <button type="button" className="button button-small" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}

type SideProps = Readonly<{
  label: string;
  studies: readonly Study[];
  expressed: readonly string[];
  studyId: string;
  onStudy: (id: string) => void;
  constructs: readonly string[];
  onConstructs: (ids: readonly string[]) => void;
  model: GridModel;
  conceptId: string;
}>;

function StudySide({ label, studies, expressed, studyId, onStudy, constructs, onConstructs, model, conceptId }: SideProps): ReactNode {
  const id = useId();
  const [all, setAll] = useState(false);
  const inCell = (studyId ? model.cellByKey.get(cellKey(studyId, conceptId)) : undefined)?.constructIds ?? [];
  const choices: Construct[] = (all ? (model.constructsByStudy.get(studyId) ?? []) : inCell.flatMap((c) => model.constructById.get(c) ?? [])).slice();
  // Constructs chosen earlier stay visible even when they are not under the concept.
  for (const c of constructs) {
    const x = model.constructById.get(c);
    if (x && x.studyId === studyId && !choices.includes(x)) choices.push(x);
  }
  const toggle = (cid: string, on: boolean): void => onConstructs(on ? [...constructs, cid] : constructs.filter((x) => x !== cid));
  return (
    <fieldset className="synth-side-choice">
      <legend className="field-label">{label}</legend>
      <label htmlFor={`${id}-study`} className="visually-hidden">
        {label}
      </label>
      <select id={`${id}-study`} className="input input-small" value={studyId} onChange={(e) => onStudy(e.target.value)}>
        {studies.map((s) => (
          <option key={s.id} value={s.id}>
            {s.label}
            {expressed.includes(s.id) ? '' : ' (not under this concept)'}
          </option>
        ))}
      </select>
      <p className="muted small">Constructs compared:</p>
      {choices.length === 0 ? <p className="muted small">{all ? 'This study has no constructs.' : 'None under this concept.'}</p> : null}
      <ul className="plain-list synth-check-list">
        {choices.map((c) => (
          <li key={c.id}>
            <label className="synth-check">
              <input type="checkbox" checked={constructs.includes(c.id)} onChange={(e) => toggle(c.id, e.target.checked)} />
              <span>
                <span className="synth-order-tag" aria-hidden="true">
                  {orderShort(c.order)}
                </span>{' '}
                {c.label}
              </span>
            </label>
          </li>
        ))}
      </ul>
      <label className="synth-check small">
        <input type="checkbox" checked={all} onChange={(e) => setAll(e.target.checked)} />
        <span>Show all this study’s constructs</span>
      </label>
    </fieldset>
  );
}

function RefutationRegister({ rows, onOpen }: { rows: ReturnType<typeof refutationRegister>; onOpen: (conceptId: string, linkId: string) => void }): ReactNode {
  const wb = useWorkbench();
  const unexplained = rows.filter((r) => !r.resolved).length;
  return (
    <section className="card card-flush synth-register" aria-labelledby="register-title">
      <div className="synth-card-head">
        <h2 id="register-title" className="card-title">
          Refutation register
        </h2>
        <p className="muted small">
          {rows.length === 0 ? 'No refutational links yet.' : `${plural(rows.length, 'contradiction')}, ${unexplained === 0 ? 'all explained' : `${unexplained} not yet explained`}.`}
        </p>
      </div>
      {rows.length > 0 ? (
        <div className="table-scroll">
          <table className="table synth-register-table">
            <thead>
              <tr>
                <th scope="col">Concept</th>
                <th scope="col">Between</th>
                <th scope="col">Contradiction</th>
                <th scope="col">Explanation</th>
                <th scope="col">Bears on</th>
                <th scope="col">Recorded</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.linkId}>
                  <th scope="row">
                    <button type="button" className="synth-link-button" onClick={() => onOpen(r.concept.id, r.linkId)}>
                      {r.concept.label}
                    </button>
                  </th>
                  <td>
                    {r.from.label} → {r.to.label}
                    {r.fromConstructs.length + r.toConstructs.length > 0 ? (
                      <span className="muted small synth-block">
                        {r.fromConstructs.map((c) => c.label).join(', ') || '–'} / {r.toConstructs.map((c) => c.label).join(', ') || '–'}
                      </span>
                    ) : null}
                  </td>
                  <td className="prose-text">{r.rationale}</td>
                  <td>{r.resolved ? <span className="prose-text">{r.resolution}</span> : <span className="synth-unexplained small">Not explained yet</span>}</td>
                  <td>{r.thirdOrders.length > 0 ? r.thirdOrders.map((t) => t.label).join('; ') : <span className="muted">–</span>}</td>
                  <td className="nowrap small">
                    {wb.nameOf(r.author)}
                    <span className="muted synth-block">{formatDate(r.at)}</span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}
