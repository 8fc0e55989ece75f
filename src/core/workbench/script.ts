import { describe } from '../anchoring/describe.js';
import { AppError } from '../errors.js';
import { planDeletion } from '../synthesis/deletion.js';
import { EntityRef } from '../synthesis/entity-ref.js';
import type { EventMeta, SynthesisEvent } from '../synthesis/events.js';
import { Excerpt } from '../synthesis/excerpt.js';
import { applyWorkbenchEvent } from './apply.js';
import { appraisalChecklist, appraisalKey, docKinds, type DocKind } from './docs.js';
import type { WorkbenchEvent } from './events.js';
import { findQuote } from './find-quote.js';
import type { WorkbenchState } from './state.js';

/**
 * A script step: what a person (or a script, or the web app) asks for, before `actor` and `at` are known.
 * Steps are either core synthesis events without their meta, or one of a few conveniences that need the
 * state or the full text to become events:
 * - `put`: a document; its key is derived from the value when omitted, and `previous` is taken from the
 *   state unless given (give it to make a stale edit fail instead of overwriting);
 * - `excerpt`: an excerpt found by its quote on a page of a full-text file (whitespace-insensitive; the
 *   first page that has it when no page is given);
 * - `delete-cascade`: a deletion with everything that depends on it (see `planDeletion`).
 */
export type ScriptStep =
  | DistributiveOmit<SynthesisEvent, 'actor' | 'at'>
  | Readonly<{ type: 'put'; doc: DocKind; key?: string; value?: unknown; previous?: unknown }>
  | Readonly<{
      type: 'excerpt';
      id: string;
      studyId: string;
      fileId: string;
      /** 1-based; when absent, the first page where the quote occurs. */
      page?: number;
      quote: string;
      occurrence?: number;
    }>
  | Readonly<{ type: 'delete-cascade'; kind: EntityRef['kind']; id: string }>;

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

export type ScriptContext = Readonly<{
  meta: EventMeta;
  /** The extracted page texts of a full-text file (page 1 first); undefined when it has none. */
  pages?: (fileId: string) => readonly string[] | undefined;
}>;

const bad = (step: number, message: string, details: Record<string, unknown> = {}): AppError =>
  new AppError('INVALID_ARGUMENT', `Step ${step + 1}: ${message}`, { step: step + 1, ...details });

/** The key a document value is stored under when the step does not say. */
function derivedKey(state: WorkbenchState, doc: DocKind, value: unknown): string | undefined {
  const v = (value ?? {}) as Record<string, unknown>;
  switch (doc) {
    case 'appraisal': {
      const checklistId = typeof v['checklistId'] === 'string' ? v['checklistId'] : appraisalChecklist(state.docs).id;
      const { studyId, role, by } = v;
      if (typeof studyId !== 'string' || typeof role !== 'string' || typeof by !== 'string') return undefined;
      return appraisalKey({ studyId, checklistId, role, by });
    }
    case 'characteristics':
      return typeof v['studyId'] === 'string' ? v['studyId'] : undefined;
    case 'finding':
    case 'checklist':
      return typeof v['id'] === 'string' ? v['id'] : undefined;
    case 'assessment':
      return typeof v['findingId'] === 'string' ? v['findingId'] : undefined;
    case 'form':
      return 'form';
    case 'relevance':
      return 'criteria';
    case 'appraisal-tool':
      return 'tool';
    case 'text':
      return undefined;
  }
}

/**
 * Turns script steps into events, applying each to check it, so a script fails at its first bad step (named
 * by number) and changes nothing. Returns the events and the state after them. Pure.
 */
export function compileScript(
  state: WorkbenchState,
  steps: readonly ScriptStep[],
  ctx: ScriptContext,
): { events: WorkbenchEvent[]; state: WorkbenchState } {
  const events: WorkbenchEvent[] = [];
  let at = state;
  steps.forEach((step, i) => {
    if (typeof step !== 'object' || step === null || typeof (step as { type?: unknown }).type !== 'string') {
      throw bad(i, 'each step is an object with a "type".');
    }
    let produced: WorkbenchEvent[];
    try {
      produced = stepEvents(at, step, i, ctx);
      for (const e of produced) at = applyWorkbenchEvent(at, e);
    } catch (error) {
      if (error instanceof AppError && !error.message.startsWith('Step ')) {
        throw new AppError(error.code, `Step ${i + 1} (${step.type}): ${error.message}`, { ...error.details, step: i + 1 });
      }
      throw error;
    }
    events.push(...produced);
  });
  return { events, state: at };
}

function stepEvents(state: WorkbenchState, step: ScriptStep, i: number, ctx: ScriptContext): WorkbenchEvent[] {
  switch (step.type) {
    case 'put': {
      if (!docKinds.includes(step.doc)) throw bad(i, `unknown document kind "${String(step.doc)}"; one of ${docKinds.join(', ')}.`);
      const key = step.key ?? derivedKey(state, step.doc, step.value);
      if (key === undefined) throw bad(i, `say which ${step.doc} this is ("key").`);
      const previous = 'previous' in step ? step.previous : state.docs[step.doc][key];
      return [
        {
          type: 'put',
          doc: step.doc,
          key,
          ...(step.value !== undefined ? { value: step.value } : {}),
          ...(previous !== undefined ? { previous } : {}),
          ...ctx.meta,
        },
      ];
    }
    case 'excerpt': {
      const pages = ctx.pages?.(step.fileId);
      if (!pages || pages.length === 0) throw bad(i, `file ${step.fileId} has no extracted text.`, { fileId: step.fileId });
      const candidates = step.page !== undefined ? [step.page] : pages.map((_, n) => n + 1);
      for (const page of candidates) {
        const text = pages[page - 1];
        if (text === undefined) throw bad(i, `file ${step.fileId} has no page ${page}.`, { fileId: step.fileId, page });
        const span = findQuote(text, step.quote, step.occurrence ?? 1);
        if (!span) continue;
        const excerpt = Excerpt.create({
          id: step.id,
          studyId: step.studyId,
          fileId: step.fileId,
          page,
          selectors: describe(text, span.start, span.end, page),
          text: text.slice(span.start, span.end),
        });
        return [{ type: 'create', kind: 'excerpt', value: excerpt, ...ctx.meta }];
      }
      const where = step.page !== undefined ? `on page ${step.page}` : 'in the file';
      throw bad(i, `the quote was not found ${where}: "${step.quote.slice(0, 80)}"`, { fileId: step.fileId });
    }
    case 'delete-cascade':
      return [planDeletion(state.synthesis, EntityRef.create({ kind: step.kind, id: step.id }), ctx.meta)];
    default:
      return [{ ...step, ...ctx.meta }];
  }
}
