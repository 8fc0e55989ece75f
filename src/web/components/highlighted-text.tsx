import type { ReactNode } from 'react';
import type { HighlightSpan } from '../api/client.js';

/**
 * Text with keyword spans wrapped in `<mark>`: built from the server's offsets as text nodes, never as
 * HTML, so whatever a record's abstract contains is shown, not interpreted.
 */
export function HighlightedText({ text, spans }: { text: string; spans: readonly HighlightSpan[] }): ReactNode {
  const sorted = [...spans].filter((s) => s.start >= 0 && s.end <= text.length && s.end > s.start).sort((a, b) => a.start - b.start);
  const out: ReactNode[] = [];
  let at = 0;
  for (const span of sorted) {
    if (span.start < at) continue; // overlapping span: the earlier one wins
    if (span.start > at) out.push(text.slice(at, span.start));
    out.push(
      <mark key={`${span.start}-${span.end}`} className={`keyword keyword-${span.kind}`} title={`${span.kind === 'exclude' ? 'Exclude' : 'Include'} keyword: ${span.term}`}>
        {text.slice(span.start, span.end)}
      </mark>,
    );
    at = span.end;
  }
  if (at < text.length) out.push(text.slice(at));
  return <>{out}</>;
}
