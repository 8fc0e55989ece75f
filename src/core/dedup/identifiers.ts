/**
 * Identifiers as evidence: a DOI, PMID or ISBN/ISSN is strong when both records carry a valid one.
 * A DOI needs care: databases truncate them (`10.17705/1CAIS.`), Cochrane versions share a stem
 * (`…CD002273.pub2` / `.pub3`), and preprint servers have their own prefixes.
 */
import { normaliseDoi } from '../records/fields.js';

export type DoiInfo = Readonly<{
  doi: string;
  /** Cochrane review number and version: `cd002273` / 2 for `10.1002/14651858.CD002273.pub2`. */
  cochrane: Readonly<{ review: string; version: number }> | undefined;
  /** A preprint server's DOI (bioRxiv/medRxiv, Research Square, SSRN, arXiv, PsyArXiv, Preprints.org). */
  preprint: boolean;
}>;

const preprintDoi =
  /^10\.(1101\/(\d{4}\.\d{2}\.\d{2}\.)?\d{6,}|21203\/rs\.|2139\/ssrn\.|48550\/arxiv\.|31234\/osf\.io|31235\/osf\.io|31219\/osf\.io|20944\/preprints|26434\/chemrxiv|36227\/techrxiv|22541\/au\.|35542\/osf\.io)/;

/** Parse a DOI field; undefined when it holds nothing that can identify a work. */
export function analyseDoi(value: string | undefined): DoiInfo | undefined {
  const doi = normaliseDoi(value);
  if (!doi) return undefined;
  // "10.1000/" plus one or two characters is a journal-level stub, not an article DOI.
  const suffix = doi.slice(doi.indexOf('/') + 1);
  if (suffix.replace(/[^a-z0-9]/g, '').length < 3) return undefined;
  const c = /^10\.1002\/14651858\.(cd\d{6})(?:\.pub(\d+))?/.exec(doi);
  const cochrane = c?.[1] ? { review: c[1], version: c[2] ? Number(c[2]) : 1 } : undefined;
  return { doi, cochrane, preprint: preprintDoi.test(doi) };
}

export type DoiRelation = 'equal' | 'versions' | 'truncated' | 'different';

/** How two DOIs relate: the same, versions of one Cochrane review, one cut short, or different. */
export function relateDois(a: DoiInfo, b: DoiInfo): DoiRelation {
  if (a.doi === b.doi) return 'equal';
  if (a.cochrane && b.cochrane && a.cochrane.review === b.cochrane.review) return 'versions';
  const [short, long] = a.doi.length < b.doi.length ? [a.doi, b.doi] : [b.doi, a.doi];
  // A DOI cut at a separator ("10.17705/1cais" from "10.17705/1CAIS.04204") is not a different DOI,
  // but it is no evidence either: a journal-level prefix is shared by every article of the journal.
  if (long.startsWith(short) && /^[./\-_]/.test(long.slice(short.length))) return 'truncated';
  return 'different';
}

/** PubMed ids are digits; anything else in the field is ignored. */
export function analysePmid(value: string | undefined): string | undefined {
  const m = value ? /\b(\d{1,9})\b/.exec(value) : null;
  return m?.[1] ? String(Number(m[1])) : undefined;
}

/**
 * ISBNs and ISSNs found in a field (exports put ISSNs in the ISBN field and several numbers in one
 * field: "0957-9672 (Print)\n0957-9672").
 */
export function standardNumbers(value: string | undefined): readonly string[] {
  if (!value) return [];
  const out = new Set<string>();
  for (const m of value.matchAll(/\b(97[89][\d\s-]{10,14}[\dXx]|\d[\d\s-]{8,11}[\dXx]|\d{4}-?\d{3}[\dXx])\b/g)) {
    const n = (m[1] ?? '').replace(/[\s-]/g, '').toUpperCase();
    if (n.length === 8 || n.length === 10 || n.length === 13) out.add(n);
  }
  return [...out].sort();
}
