/**
 * Meeting names learnt from the set itself. Databases name one conference in ways no abbreviation
 * rule links ("SIGMOD Conference" and "International Conference on Management of Data"), but a set
 * holding both shows it: many pairs with the same title, every author and the same year sit under
 * the two names. Names linked by enough such pairs are one meeting, so the pairs whose titles were
 * reworded can count the venue as agreeing. Journals are left out: the same abstract printed by
 * two journals' supplements is two publications, and journal names have abbreviation rules.
 */
import { compareAuthors } from './authors.js';
import { sameExport, type PreparedRecord } from './prepare.js';
import { venueSimilarity, type VenueInfo } from './venue.js';

/** Pairs with an identical title, every author and the same year needed to link two meeting names. */
export const minVenueAnchors = 3;
/** Shorter titles are shared by too many works to vouch for a venue. */
const minAnchorTitle = 20;

const isMeeting = (v: VenueInfo): boolean => v.kind === 'conference' || v.kind === 'workshop';

/** Two records that can only be one paper: same long title, every author, the same year, no conflicting DOI. */
function anchor(p: PreparedRecord, q: PreparedRecord): boolean {
  const a = p.title;
  const b = q.title;
  if (!a || !b || a.generic || b.generic || a.key !== b.key || a.key.length < minAnchorTitle) return false;
  if (p.year === undefined || p.year !== q.year || a.genre !== b.genre || p.notice !== q.notice) return false;
  if (p.doi && q.doi && p.doi.doi !== q.doi.doi) return false;
  if (sameExport(p, q)) return false;
  const c = compareAuthors(p.authors, q.authors);
  return c !== undefined && c.similarity >= 0.99 && c.coverage >= 0.99;
}

/**
 * Give the meeting names that `minVenueAnchors` or more anchor pairs link one alias (the smallest
 * name of the linked names, so the result does not depend on the input order). `pairs` are the
 * candidate pairs as indices into `prepared`. Returns `prepared` itself when nothing is learnt.
 */
export function learnVenueAliases(prepared: readonly PreparedRecord[], pairs: Uint32Array): readonly PreparedRecord[] {
  const counts = new Map<string, number>();
  for (let k = 0; k < pairs.length; k += 2) {
    const p = prepared[pairs[k] ?? 0];
    const q = prepared[pairs[k + 1] ?? 0];
    const u = p?.venue;
    const v = q?.venue;
    if (!p || !q || !u || !v || u.norm === v.norm || !isMeeting(u) || !isMeeting(v)) continue;
    if (venueSimilarity(u, v) >= 0.9 || !anchor(p, q)) continue;
    const key = u.norm < v.norm ? `${u.norm}\u0000${v.norm}` : `${v.norm}\u0000${u.norm}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let r = x;
    while (parent.has(r) && parent.get(r) !== r) r = parent.get(r) ?? r;
    return r;
  };
  for (const [key, n] of counts) {
    if (n < minVenueAnchors) continue;
    const [a = '', b = ''] = key.split('\u0000');
    const ra = find(a);
    const rb = find(b);
    if (ra === rb) continue;
    // the smaller name is the root, so the alias is the smallest name of its set
    if (ra < rb) parent.set(rb, ra);
    else parent.set(ra, rb);
    if (!parent.has(ra)) parent.set(ra, ra);
    if (!parent.has(rb)) parent.set(rb, rb);
  }
  if (parent.size === 0) return prepared;
  const aliased = new Map<VenueInfo, VenueInfo>();
  return prepared.map((p) => {
    const v = p.venue;
    if (!v || !parent.has(v.norm)) return p;
    let w = aliased.get(v);
    if (!w) {
      w = { ...v, alias: find(v.norm) };
      aliased.set(v, w);
    }
    return { ...p, venue: w };
  });
}
