import type { ReactNode } from 'react';
import type { PairComparison } from '../../api/client.js';
import { diffFields, differs, markChanged } from './record-diff.js';

function Value({ value, other }: { value: string; other: string }): ReactNode {
  if (!value) return <span className="muted">not given</span>;
  return (
    <>
      {markChanged(value, other).map((segment, i) =>
        segment.changed ? (
          <mark key={i} className="diff-mark">
            {segment.text}
          </mark>
        ) : (
          segment.text
        ),
      )}
    </>
  );
}

const signed = (n: number): string => (n > 0 ? `+${n}` : String(n));

/** Two records side by side, field by field, with the words that differ marked, then the evidence. */
export function PairComparisonView({ pair }: { pair: PairComparison }): ReactNode {
  const a = pair.a.record;
  const b = pair.b.record;
  return (
    <>
      <div className="table-scroll">
        <table className="table compare-table">
          <caption className="visually-hidden">The two records compared field by field; differing fields are flagged</caption>
          <thead>
            <tr>
              <th scope="col">Field</th>
              <th scope="col">Record {pair.a.seq}</th>
              <th scope="col">Record {pair.b.seq}</th>
            </tr>
          </thead>
          <tbody>
            {diffFields.map((field) => {
              const va = field.value(a);
              const vb = field.value(b);
              const different = differs(va, vb);
              return (
                <tr key={field.key} className={different ? 'compare-differs' : undefined} data-testid={`compare-${field.key}`}>
                  <th scope="row">
                    {field.label}
                    <span className={different ? 'compare-flag compare-flag-differs' : 'compare-flag'}>{different ? 'differs' : 'same'}</span>
                  </th>
                  <td className={field.key === 'abstract' ? 'compare-abstract' : undefined}>
                    <Value value={va} other={vb} />
                  </td>
                  <td className={field.key === 'abstract' ? 'compare-abstract' : undefined}>
                    <Value value={vb} other={va} />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <h3 className="subheading">Why they were paired (score {pair.verdict.score})</h3>
      <ul className="evidence-list">
        {pair.verdict.evidence.map((e) => (
          <li key={e.field}>
            <span className={`evidence-weight ${e.weight > 0 ? 'evidence-for' : e.weight < 0 ? 'evidence-against' : ''}`}>{signed(e.weight)}</span>
            <strong>{e.field}</strong> {e.note}
          </li>
        ))}
      </ul>
    </>
  );
}
