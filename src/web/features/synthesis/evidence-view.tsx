/**
 * What a third-order construct rests on, level by level, down to the participants' and authors' words: its
 * child constructs, its concepts with each study's constructs, and constructs linked directly, each quote with
 * its page and a link to the passage in the study's PDF.
 */
import type { ReactNode } from 'react';
import type { EvidenceChain, EvidenceConstruct } from '../../../core/synthesis/evidence-chain.js';
import { Link } from '../../lib/router.js';
import { studyPath } from './api.js';
import { orderLong, orderShort } from './labels.js';

type Props = Readonly<{ chain: EvidenceChain; projectId: string; depth?: number }>;

export function EvidenceView({ chain, projectId, depth = 0 }: Props): ReactNode {
  const empty = chain.children.length === 0 && chain.concepts.length === 0 && chain.constructs.length === 0;
  return (
    <div className="synth-evidence">
      {empty ? <p className="muted small">Nothing is linked yet: link concepts from the grid, or constructs, to say what this interpretation rests on.</p> : null}
      {chain.children.map((child) => (
        <details key={child.thirdOrderId} className="synth-evidence-child" open={depth < 1}>
          <summary>
            <span className="synth-evidence-kind">Third-order construct</span> {child.label}
          </summary>
          <EvidenceView chain={child} projectId={projectId} depth={depth + 1} />
        </details>
      ))}
      {chain.concepts.map((concept) => (
        <section key={concept.conceptId} className="synth-evidence-concept" aria-label={`Concept ${concept.label}`}>
          <p className="synth-evidence-head">
            <span className="synth-evidence-kind">Concept</span> {concept.label}
          </p>
          {concept.cells.length === 0 ? <p className="muted small">No study’s constructs are under this concept yet.</p> : null}
          <ul className="synth-evidence-cells">
            {concept.cells.map((cell) => (
              <li key={cell.study.id}>
                <p className="synth-evidence-study">{cell.study.label}</p>
                {cell.note ? <p className="synth-cell-note">{cell.note}</p> : null}
                <ConstructList constructs={cell.constructs} projectId={projectId} />
              </li>
            ))}
          </ul>
        </section>
      ))}
      {chain.constructs.length > 0 ? (
        <section className="synth-evidence-concept" aria-label="Constructs linked directly">
          <p className="synth-evidence-head">
            <span className="synth-evidence-kind">Linked directly</span>
          </p>
          <ConstructList constructs={chain.constructs} projectId={projectId} showStudy />
        </section>
      ) : null}
    </div>
  );
}

function ConstructList({ constructs, projectId, showStudy = false }: { constructs: readonly EvidenceConstruct[]; projectId: string; showStudy?: boolean }): ReactNode {
  if (constructs.length === 0) return null;
  return (
    <ul className="synth-evidence-constructs">
      {constructs.map((c) => (
        <li key={c.constructId}>
          <p>
            <span className="synth-order-tag" title={orderLong(c.order)}>
              {orderShort(c.order)}
            </span>{' '}
            <strong>{c.label}</strong>
            {showStudy ? <span className="muted small"> · {c.study.label}</span> : null}
          </p>
          {c.text !== c.label ? <p className="small synth-evidence-text">{c.text}</p> : null}
          {c.excerpts.length > 0 ? (
            <ul className="synth-quotes">
              {c.excerpts.map((e) => (
                <li key={e.excerptId}>
                  <blockquote className="synth-quote">{e.quote}</blockquote>
                  <p className="small">
                    <Link to={studyPath(projectId, c.study.id, e.excerptId)}>
                      {c.study.label}
                      {e.page !== undefined ? `, p. ${e.page}` : ''}
                      {/* Inside the link, so that each link's name says which passage it opens. */}
                      <span className="visually-hidden">: open “{e.quote.length > 60 ? `${e.quote.slice(0, 60)}…` : e.quote}” in the study</span>
                    </Link>
                  </p>
                </li>
              ))}
            </ul>
          ) : (
            <p className="muted small">No quote anchored in the study’s text.</p>
          )}
        </li>
      ))}
    </ul>
  );
}
