/** What the reading pages show about a study, derived once from the workbench state. */
import type { Checklist, Construct, Excerpt, StudyAppraisal, StudyFile, Workbench } from './api.js';

export type FullTextStatus =
  | Readonly<{ kind: 'none' }>
  | Readonly<{ kind: 'pending' }>
  | Readonly<{ kind: 'failed'; error: string | null }>
  | Readonly<{ kind: 'extracted'; pages: number; textless: boolean }>;

/** The best status among a study's files: a readable text wins over one being extracted, which wins over a failure. */
export function fullTextStatus(files: readonly StudyFile[]): FullTextStatus {
  const extracted = files.find((f) => f.status === 'extracted');
  if (extracted) return { kind: 'extracted', pages: extracted.pageCount ?? 0, textless: false };
  if (files.some((f) => f.status === 'pending')) return { kind: 'pending' };
  const failed = files.find((f) => f.status === 'failed');
  if (failed) return { kind: 'failed', error: failed.error };
  return { kind: 'none' };
}

export type AppraisalStatus = Readonly<{
  /** Reviewers' own appraisals, by reviewer name. */
  reviewers: readonly StudyAppraisal[];
  consensus: StudyAppraisal | undefined;
}>;

/** The appraisals of each study with the project's checklist, by study id. */
export function appraisalsByStudy(workbench: Workbench): Map<string, AppraisalStatus> {
  const out = new Map<string, { reviewers: StudyAppraisal[]; consensus: StudyAppraisal | undefined }>();
  for (const value of Object.values(workbench.docs.appraisal)) {
    const a = value as StudyAppraisal;
    if (a.checklistId !== workbench.checklist.id) continue;
    const entry = out.get(a.studyId) ?? { reviewers: [], consensus: undefined };
    if (a.role === 'consensus') entry.consensus = a;
    else entry.reviewers.push(a);
    out.set(a.studyId, entry);
  }
  for (const entry of out.values()) entry.reviewers.sort((a, b) => a.by.localeCompare(b.by));
  return out;
}

export function appraisalStatusLabel(status: AppraisalStatus | undefined): string {
  if (!status || (status.reviewers.length === 0 && !status.consensus)) return 'Not appraised';
  if (status.consensus) return 'Consensus agreed';
  return status.reviewers.length === 1 ? '1 reviewer done' : `${status.reviewers.length} reviewers done`;
}

export type StudyCounts = { first: number; second: number; excerpts: number };

/** Constructs by order and excerpts, per study, in one pass (a review may hold thousands of constructs). */
export function countsByStudy(constructs: readonly Construct[], excerpts: readonly Excerpt[]): Map<string, StudyCounts> {
  const out = new Map<string, StudyCounts>();
  const at = (id: string): StudyCounts => {
    let c = out.get(id);
    if (!c) {
      c = { first: 0, second: 0, excerpts: 0 };
      out.set(id, c);
    }
    return c;
  };
  for (const c of constructs) {
    if (c.order === 1) at(c.studyId).first++;
    else at(c.studyId).second++;
  }
  for (const e of excerpts) at(e.studyId).excerpts++;
  return out;
}

/** Appraised items of a checklist, for "7 of 10 answered". */
export function answeredCount(checklist: Checklist, appraisal: StudyAppraisal | undefined): number {
  if (!appraisal) return 0;
  return checklist.items.filter((item) => {
    const a = appraisal.answers.find((x) => x.itemId === item.id);
    return a !== undefined && (item.kind === 'choice' ? a.value !== undefined : Boolean(a.text?.trim()));
  }).length;
}

/** A quote or label cut to fit a sentence or a button, at a word boundary where one is near. */
export function truncate(text: string, max = 60): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, '')}…`;
}

/**
 * A quote as a reader would write it: the PDF's line breaks joined (a word hyphenated across a line
 * rejoined) and runs of spaces collapsed.
 */
export function cleanQuote(text: string): string {
  return text
    .replace(/(\p{L})-[ \t]*\n\s*(\p{Ll})/gu, '$1$2')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A first-order construct's label from its quote: without the quotation marks and trailing punctuation. */
export function labelFromQuote(quote: string): string {
  const bare = cleanQuote(quote)
    .replace(/^[\s"'“”‘’«»„]+/, '')
    .replace(/[\s"'“”‘’«»„,;:]+$/, '');
  return truncate(bare, 80);
}
