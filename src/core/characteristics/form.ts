import { z } from 'zod';
import { AppError } from '../errors.js';
import { idFactory, type Brand } from '../synthesis/ids.js';

export type CharacteristicsFormId = Brand<'CharacteristicsFormId'>;
export const CharacteristicsFormId = idFactory('CharacteristicsFormId');
export const characteristicsIdBrands = [CharacteristicsFormId.brand] as const;

export const fieldKinds = ['text', 'number', 'choice', 'multi-choice', 'country'] as const;
export type FieldKind = (typeof fieldKinds)[number];

/**
 * What a field means, whatever its id or label: the summary finds "the year" or "the participant count"
 * of a custom form through these roles.
 */
export const fieldRoles = [
  'year',
  'country',
  'host-country',
  'participants-n',
  'participants',
  'setting',
  'methodology',
  'data-collection',
  'analysis',
  'aims',
] as const;
export type FieldRole = (typeof fieldRoles)[number];

export type FieldOption = Readonly<{ value: string; label: string }>;

export type FieldDefinition = Readonly<{
  id: string;
  label: string;
  kind: FieldKind;
  required: boolean;
  help?: string;
  role?: FieldRole;
  /** `choice` and `multi-choice`: the allowed values. */
  options: readonly FieldOption[];
  /** `country`: several countries allowed (e.g. host countries). */
  multiple: boolean;
  /** `number`: bounds (inclusive) and whether only whole numbers are allowed. */
  min?: number;
  max?: number;
  integer: boolean;
}>;

export type CharacteristicsForm = Readonly<{ id: CharacteristicsFormId; name: string; fields: readonly FieldDefinition[] }>;

const idText = z
  .string()
  .min(1)
  .regex(/^[A-Za-z][A-Za-z0-9_-]*$/, 'a letter, then letters, digits, "_" or "-"');

const fieldSchema = z.object({
  id: idText,
  label: z.string().trim().min(1),
  kind: z.enum(fieldKinds),
  required: z.boolean().default(false),
  help: z.string().optional(),
  role: z.enum(fieldRoles).optional(),
  options: z.array(z.object({ value: z.string().trim().min(1), label: z.string().trim().min(1) })).default([]),
  multiple: z.boolean().default(false),
  min: z.number().finite().optional(),
  max: z.number().finite().optional(),
  integer: z.boolean().default(false),
});

const formSchema = z.object({ id: idText, name: z.string().trim().min(1), fields: z.array(fieldSchema).min(1) });

/** The kinds a role's field may have, so that e.g. a "year" is always a number the summary can use. */
const roleKinds: Record<FieldRole, readonly FieldKind[]> = {
  year: ['number'],
  country: ['country'],
  'host-country': ['country'],
  'participants-n': ['number'],
  participants: ['text'],
  setting: ['text', 'choice'],
  methodology: ['choice', 'multi-choice', 'text'],
  'data-collection': ['choice', 'multi-choice', 'text'],
  analysis: ['choice', 'multi-choice', 'text'],
  aims: ['text'],
};

export const CharacteristicsForm = {
  /**
   * Validates a form definition (the default one or a project's own, read from JSON) and freezes it.
   * Throws CHARACTERISTICS_INVALID_FORM listing every problem: schema errors, duplicate field ids, a role
   * used twice or on a field of the wrong kind, choices without options or with repeated values, options on
   * other kinds, bounds on non-numbers or min > max, `multiple` on non-country fields.
   */
  define(input: unknown): CharacteristicsForm {
    const parsed = formSchema.safeParse(input);
    if (!parsed.success) {
      const problems = parsed.error.issues.map((i) => `${i.path.join('.') || '(form)'}: ${i.message}`);
      throw new AppError('CHARACTERISTICS_INVALID_FORM', `Invalid characteristics form: ${problems.join('; ')}`, { problems });
    }
    const problems: string[] = [];
    const ids = new Set<string>();
    const roles = new Set<string>();
    for (const f of parsed.data.fields) {
      if (ids.has(f.id)) problems.push(`field id ${f.id} is used twice`);
      ids.add(f.id);
      if (f.role) {
        if (roles.has(f.role)) problems.push(`role ${f.role} is given to two fields`);
        roles.add(f.role);
        if (!roleKinds[f.role].includes(f.kind)) problems.push(`field ${f.id}: role ${f.role} needs a ${roleKinds[f.role].join(' or ')} field`);
      }
      const isChoice = f.kind === 'choice' || f.kind === 'multi-choice';
      if (isChoice && f.options.length < 2) problems.push(`field ${f.id}: a choice needs at least two options`);
      if (!isChoice && f.options.length > 0) problems.push(`field ${f.id}: only choice fields have options`);
      const values = f.options.map((o) => o.value);
      if (new Set(values).size !== values.length) problems.push(`field ${f.id}: option values repeat`);
      if (f.kind !== 'number' && (f.min !== undefined || f.max !== undefined || f.integer)) {
        problems.push(`field ${f.id}: only number fields have bounds or "integer"`);
      }
      if (f.min !== undefined && f.max !== undefined && f.min > f.max) problems.push(`field ${f.id}: min is above max`);
      if (f.kind !== 'country' && f.multiple) problems.push(`field ${f.id}: only country fields take "multiple" (use multi-choice)`);
    }
    if (problems.length > 0) {
      throw new AppError('CHARACTERISTICS_INVALID_FORM', `Invalid characteristics form: ${problems.join('; ')}`, { problems });
    }
    const fields = parsed.data.fields.map((f) =>
      Object.freeze({
        id: f.id,
        label: f.label,
        kind: f.kind,
        required: f.required,
        ...(f.help !== undefined ? { help: f.help } : {}),
        ...(f.role !== undefined ? { role: f.role } : {}),
        options: Object.freeze(f.options.map((o) => Object.freeze({ ...o }))),
        multiple: f.multiple,
        ...(f.min !== undefined ? { min: f.min } : {}),
        ...(f.max !== undefined ? { max: f.max } : {}),
        integer: f.integer,
      }),
    );
    return Object.freeze({ id: CharacteristicsFormId.of(parsed.data.id), name: parsed.data.name, fields: Object.freeze(fields) });
  },

  /** The field with a role, if the form has one. */
  fieldWithRole(form: CharacteristicsForm, role: FieldRole): FieldDefinition | undefined {
    return form.fields.find((f) => f.role === role);
  },
} as const;
