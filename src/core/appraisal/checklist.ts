import { z } from 'zod';
import { AppError } from '../errors.js';
import { idFactory, type Brand } from '../synthesis/ids.js';

export type ChecklistId = Brand<'ChecklistId'>;
export const ChecklistId = idFactory('ChecklistId');
export const appraisalIdBrands = [ChecklistId.brand] as const;

/** One possible answer to a checklist item. */
export type AnswerOption = Readonly<{
  value: string;
  label: string;
  /** An answer that raises no concern about the study (e.g. "Yes"); used for ratings and summaries. */
  favourable?: boolean;
  /** "Not applicable": the item does not count for this study. */
  notApplicable?: boolean;
}>;

/** A question of a checklist: answered by choosing an option (plus a comment) or in free text. */
export type ChecklistItem = Readonly<{
  id: string;
  number: number;
  section?: string;
  /** Paraphrased wording (see the checklist's source). */
  question: string;
  /** A short label for table headers, e.g. "Recruitment". */
  short: string;
  hint?: string;
  kind: 'choice' | 'text';
  options: readonly AnswerOption[];
  allowComment: boolean;
}>;

export type Checklist = Readonly<{
  id: ChecklistId;
  name: string;
  version: string;
  /** Where the original wording comes from; reports cite it. */
  source: Readonly<{ citation: string; url?: string }>;
  sections: readonly Readonly<{ id: string; title: string }>[];
  items: readonly ChecklistItem[];
  /** How the tool is meant to be used (e.g. "no scoring intended"). */
  note?: string;
}>;

const idText = z
  .string()
  .min(1)
  .regex(/^[A-Za-z0-9._-]+$/, 'letters, digits, ".", "_" and "-" only');
const text = z.string().trim().min(1);

const optionSchema = z.object({
  value: idText,
  label: text,
  favourable: z.boolean().optional(),
  notApplicable: z.boolean().optional(),
});

const itemSchema = z.object({
  id: idText,
  number: z.number().int().positive(),
  section: idText.optional(),
  question: text,
  short: text,
  hint: z.string().optional(),
  kind: z.enum(['choice', 'text']),
  options: z.array(optionSchema).default([]),
  allowComment: z.boolean().default(true),
});

const checklistSchema = z.object({
  id: idText,
  name: text,
  version: text,
  source: z.object({ citation: text, url: z.url().optional() }),
  sections: z.array(z.object({ id: idText, title: text })).default([]),
  items: z.array(itemSchema).min(1),
  note: z.string().optional(),
});

export const Checklist = {
  /**
   * Validates a checklist definition (a built-in one or a team's custom checklist read from JSON) and
   * freezes it. Throws APPRAISAL_INVALID_CHECKLIST listing every problem: schema errors, duplicate item ids
   * or numbers, choice items with fewer than two options or duplicate option values, text items with
   * options, unknown sections.
   *
   * @example
   * Checklist.define({ id: 'team-v1', name: 'Our checklist', version: '1', source: { citation: 'Team protocol' },
   *   items: [{ id: 'q1', number: 1, question: 'Aims stated?', short: 'Aims', kind: 'choice',
   *     options: [{ value: 'yes', label: 'Yes', favourable: true }, { value: 'no', label: 'No' }] }] })
   */
  define(input: unknown): Checklist {
    const parsed = checklistSchema.safeParse(input);
    if (!parsed.success) {
      const problems = parsed.error.issues.map((i) => `${i.path.join('.') || '(checklist)'}: ${i.message}`);
      throw new AppError('APPRAISAL_INVALID_CHECKLIST', `Invalid checklist: ${problems.join('; ')}`, { problems });
    }
    const c = parsed.data;
    const problems: string[] = [];
    const sectionIds = new Set(c.sections.map((s) => s.id));
    const ids = new Set<string>();
    const numbers = new Set<number>();
    for (const item of c.items) {
      if (ids.has(item.id)) problems.push(`item id ${item.id} is used twice`);
      if (numbers.has(item.number)) problems.push(`item number ${item.number} is used twice`);
      ids.add(item.id);
      numbers.add(item.number);
      if (item.section !== undefined && !sectionIds.has(item.section)) problems.push(`item ${item.id}: unknown section ${item.section}`);
      if (item.kind === 'choice' && item.options.length < 2) problems.push(`item ${item.id}: a choice needs at least two options`);
      if (item.kind === 'text' && item.options.length > 0) problems.push(`item ${item.id}: a free-text item has no options`);
      const values = item.options.map((o) => o.value);
      if (new Set(values).size !== values.length) problems.push(`item ${item.id}: option values repeat`);
    }
    if (problems.length > 0) {
      throw new AppError('APPRAISAL_INVALID_CHECKLIST', `Invalid checklist: ${problems.join('; ')}`, { problems });
    }
    return deepFreeze({
      id: ChecklistId.of(c.id),
      name: c.name,
      version: c.version,
      source: c.source,
      sections: c.sections,
      items: [...c.items].sort((a, b) => a.number - b.number),
      ...(c.note !== undefined ? { note: c.note } : {}),
    });
  },

  /** The item with an id, if the checklist has one. */
  item(checklist: Checklist, itemId: string): ChecklistItem | undefined {
    return checklist.items.find((i) => i.id === itemId);
  },
} as const;

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}
