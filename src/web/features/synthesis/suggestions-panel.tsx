/**
 * Constructs of other studies that read like the selected one (TF-IDF over their labels and texts), with the
 * words they share, so a reviewer can see why. Accepting records the team's verdict; an accepted match can
 * then be placed under the same concept in one click.
 */
import { useMemo, type ReactNode } from 'react';
import type { Concept } from '../../../core/synthesis/concept.js';
import type { Construct } from '../../../core/synthesis/construct.js';
import { ErrorMessage } from '../../components/error-message.js';
import { Loading } from '../../components/loading.js';
import { useAsync } from '../../lib/use-async.js';
import { synthesisApi } from './api.js';
import type { GridModel } from './grid-model.js';
import { orderShort, q } from './labels.js';
import { useWorkbench } from './workbench.js';

type Props = Readonly<{
  construct: Construct;
  model: GridModel;
  concepts: readonly Concept[];
  onPlace: (constructId: string, conceptId: string) => Promise<boolean>;
}>;

export function SuggestionsPanel({ construct, model, concepts, onPlace }: Props): ReactNode {
  const wb = useWorkbench();
  const seq = wb.view?.seq ?? 0;
  const result = useAsync(
    async (signal) => ({ for: construct.id, list: await synthesisApi.suggestions(wb.projectId, construct.id, signal) }),
    [wb.projectId, construct.id, seq],
  );
  const decisions = wb.view?.synthesis.suggestionDecisions;
  const mine = useMemo(() => (decisions ?? []).filter((d) => d.constructIds.includes(construct.id)), [decisions, construct.id]);
  const decided = new Set(mine.map((d) => (d.constructIds[0] === construct.id ? d.constructIds[1] : d.constructIds[0]) as string));
  const accepted = mine.filter((d) => d.verdict === 'accepted');
  const rejected = mine.filter((d) => d.verdict === 'rejected');
  const other = (pair: readonly [string, string]): Construct | undefined => model.constructById.get(pair[0] === construct.id ? pair[1] : pair[0]);
  const conceptLabel = (id: string): string => concepts.find((k) => k.id === id)?.label ?? id;
  const studyLabel = (id: string): string => model.studyById.get(id)?.label ?? id;

  const decide = (otherId: string, verdict: 'accepted' | 'rejected'): void => {
    const o = model.constructById.get(otherId);
    if (!wb.me || !o) return;
    void wb.run(
      [{ type: 'decide-suggestion', decision: { constructIds: [construct.id, otherId], verdict, decidedBy: wb.me.name, at: new Date().toISOString() } }],
      `${verdict === 'accepted' ? 'Accepted' : 'Rejected'} the match ${q(construct.label, 40)} ≈ ${q(o.label, 40)}`,
    );
  };
  const withdraw = (otherId: string): void => {
    const o = model.constructById.get(otherId);
    void wb.run([{ type: 'clear-suggestion', constructIds: [construct.id, otherId] }], `Withdrew the verdict on ${q(construct.label, 40)} ≈ ${q(o?.label ?? otherId, 40)}`);
  };

  const fresh = result.data?.for === construct.id ? result.data.list.filter((s) => !decided.has(s.constructId)) : undefined;

  return (
    <section className="synth-suggestions" aria-labelledby="suggestions-title">
      <h3 id="suggestions-title" className="synth-subtitle">
        Similar constructs in other studies
      </h3>
      {result.error ? <ErrorMessage error={result.error} title="Suggestions could not be loaded" onRetry={result.reload} /> : null}
      {!fresh && !result.error ? <Loading label="Looking for similar constructs…" /> : null}
      {fresh && fresh.length === 0 ? <p className="muted small">No similar second-order constructs in other studies{decided.size > 0 ? ' beyond those decided below' : ''}.</p> : null}
      {fresh && fresh.length > 0 ? (
        <ul className="synth-suggestion-list">
          {fresh.map((s) => {
            const o = model.constructById.get(s.constructId);
            if (!o) return null;
            const placed = model.conceptsOf.get(o.id) ?? [];
            return (
              <li key={s.constructId} className="synth-suggestion">
                <p className="synth-suggestion-head">
                  <span className="synth-order-tag" aria-hidden="true">
                    {orderShort(o.order)}
                  </span>
                  <strong>{o.label}</strong>
                </p>
                <p className="muted small">
                  {studyLabel(s.studyId)} · {Math.round(s.score * 100)}% similar · {placed.length > 0 ? `under ${placed.map(conceptLabel).join(', ')}` : 'not placed'}
                </p>
                {s.sharedTerms.length > 0 ? (
                  <p className="small">
                    <span className="muted">Shared words: </span>
                    {s.sharedTerms.map((t, i) => (
                      <span key={t}>
                        <mark className="synth-term">{t}</mark>
                        {i < s.sharedTerms.length - 1 ? ' ' : ''}
                      </span>
                    ))}
                  </p>
                ) : null}
                {wb.canEdit ? (
                  <div className="synth-inline-actions">
                    <button type="button" className="button button-small" onClick={() => decide(o.id, 'accepted')} aria-label={`Accept ${o.label} as a match`}>
                      Accept
                    </button>
                    <button type="button" className="button button-quiet button-small" onClick={() => decide(o.id, 'rejected')} aria-label={`Reject ${o.label} as a match`}>
                      Reject
                    </button>
                  </div>
                ) : null}
              </li>
            );
          })}
        </ul>
      ) : null}
      {accepted.length > 0 ? (
        <>
          <h4 className="synth-minor-title">Accepted matches</h4>
          <ul className="synth-suggestion-list">
            {accepted.map((d) => {
              const o = other(d.constructIds);
              if (!o) return null;
              const mineIn = model.conceptsOf.get(construct.id) ?? [];
              const theirsIn = model.conceptsOf.get(o.id) ?? [];
              const placeMine = theirsIn.filter((k) => !mineIn.includes(k));
              const placeTheirs = mineIn.filter((k) => !theirsIn.includes(k));
              return (
                <li key={o.id} className="synth-suggestion synth-suggestion-accepted">
                  <p className="synth-suggestion-head">
                    <span className="synth-order-tag" aria-hidden="true">
                      {orderShort(o.order)}
                    </span>
                    <strong>{o.label}</strong>
                  </p>
                  <p className="muted small">
                    {studyLabel(o.studyId)} · {theirsIn.length > 0 ? `under ${theirsIn.map(conceptLabel).join(', ')}` : 'not placed'}
                  </p>
                  {wb.canEdit ? (
                    <div className="synth-inline-actions">
                      {placeMine.map((k) => (
                        <button key={`m${k}`} type="button" className="button button-small button-primary" onClick={() => void onPlace(construct.id, k)}>
                          Place this one under {q(conceptLabel(k), 30)}
                        </button>
                      ))}
                      {placeTheirs.map((k) => (
                        <button key={`t${k}`} type="button" className="button button-small" onClick={() => void onPlace(o.id, k)}>
                          Place the match under {q(conceptLabel(k), 30)}
                        </button>
                      ))}
                      {placeMine.length === 0 && placeTheirs.length === 0 ? (
                        <span className="muted small">{mineIn.length === 0 ? 'Neither is placed yet.' : 'Both are under the same concepts.'}</span>
                      ) : null}
                      <button type="button" className="button button-quiet button-small" onClick={() => withdraw(o.id)} aria-label={`Withdraw the acceptance of ${o.label}`}>
                        Withdraw
                      </button>
                    </div>
                  ) : null}
                </li>
              );
            })}
          </ul>
        </>
      ) : null}
      {rejected.length > 0 ? (
        <details className="synth-rejected">
          <summary className="small">Rejected matches ({rejected.length})</summary>
          <ul className="plain-list">
            {rejected.map((d) => {
              const o = other(d.constructIds);
              if (!o) return null;
              return (
                <li key={o.id} className="synth-rejected-item small">
                  <span>
                    {o.label} <span className="muted">({studyLabel(o.studyId)})</span>
                  </span>
                  {wb.canEdit ? (
                    <button type="button" className="button button-quiet button-small" onClick={() => withdraw(o.id)} aria-label={`Reconsider ${o.label}`}>
                      Reconsider
                    </button>
                  ) : null}
                </li>
              );
            })}
          </ul>
        </details>
      ) : null}
    </section>
  );
}
