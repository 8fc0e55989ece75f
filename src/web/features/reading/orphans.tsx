import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { Construct, ExcerptAnchor } from './api.js';
import type { ExcerptInfo, Selected } from './constructs-panel.js';
import { truncate } from './summaries.js';

const reasons: Readonly<Record<string, string>> = {
  'not-found': 'Its text is not in this PDF’s extracted text.',
  'context-mismatch': 'Its words occur only where the surrounding text differs, so it was not placed.',
  'missing-quote': 'It has no stored quote to look for.',
  'no-text': 'Its file has no extracted text.',
};

type Props = Readonly<{
  orphans: readonly ExcerptAnchor[];
  excerpts: ReadonlyMap<string, ExcerptInfo>;
  constructs: readonly Construct[];
  /** An orphan the user asked to see (from a construct's page link or a link to the study). */
  focus: Selected | undefined;
}>;

/**
 * Excerpts that cannot be placed in the study's PDF (the text changed, or another version was uploaded).
 * They are listed, never silently dropped, with the constructs that rest on them.
 */
export function OrphanWarning({ orphans, excerpts, constructs, focus }: Props): ReactNode {
  const [open, setOpen] = useState(false);
  const details = useRef<HTMLDetailsElement>(null);
  useEffect(() => {
    if (!focus || !orphans.some((o) => o.excerptId === focus.excerptId)) return;
    setOpen(true);
    setTimeout(() => document.getElementById(`orphan-${focus.excerptId}`)?.focus(), 30);
  }, [focus]);
  if (orphans.length === 0) return null;
  return (
    <details ref={details} className="orphans inline-warning" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>
        {orphans.length === 1 ? '1 excerpt' : `${orphans.length} excerpts`}: text not found in this PDF
      </summary>
      <ul className="orphan-list">
        {orphans.map((o) => {
          const info = excerpts.get(o.excerptId);
          if (!info) return null;
          const users = constructs.filter((c) => c.excerptIds.some((x) => x === o.excerptId));
          const reason = o.result.orphan ? (reasons[o.result.reason] ?? reasons['not-found']) : '';
          return (
            <li key={o.excerptId} id={`orphan-${o.excerptId}`} tabIndex={-1} className={focus?.excerptId === o.excerptId ? 'is-selected' : undefined}>
              <q className="orphan-quote">{truncate(info.excerpt.text, 160)}</q>
              <span className="orphan-meta">
                {info.excerpt.page !== undefined ? `Stored on page ${info.excerpt.page}` : 'No page stored'}
                {info.fileName ? ` of ${info.fileName}` : ''}. {reason}
                {users.length > 0 ? ` Used by ${users.map((c) => `“${truncate(c.label, 40)}”`).join(', ')}.` : ' No construct uses it.'}
              </span>
            </li>
          );
        })}
      </ul>
    </details>
  );
}
