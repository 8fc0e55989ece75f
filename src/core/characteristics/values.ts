import { StudyId } from '../synthesis/ids.js';
import { countries } from './countries.js';
import type { CharacteristicsForm, FieldDefinition } from './form.js';

/** A field's value: text or a choice (string), a number, or several choices or countries (string list). */
export type FieldValue = string | number | readonly string[];

/** One study's filled-in form. Absent keys are unanswered fields. */
export type StudyCharacteristics = Readonly<{ studyId: StudyId; values: Readonly<Record<string, FieldValue>> }>;

export type CharacteristicsIssueCode =
  | 'required'
  | 'unknown-field'
  | 'wrong-type'
  | 'not-an-option'
  | 'repeated-value'
  | 'below-min'
  | 'above-max'
  | 'not-integer'
  | 'unknown-country';

/** A problem with one field's value, for the form to show beside that field. */
export type CharacteristicsIssue = Readonly<{ fieldId: string; code: CharacteristicsIssueCode; message: string }>;

const isEmpty = (v: FieldValue | undefined): boolean =>
  v === undefined || (typeof v === 'string' && v.trim() === '') || (Array.isArray(v) && v.length === 0);

/**
 * Every problem with a study's values against the form, in field order (unknown fields last). Returned,
 * not thrown: a half-filled form is normal while a reviewer works, and the form shows them all at once.
 */
export function validateCharacteristics(form: CharacteristicsForm, values: Readonly<Record<string, unknown>>): CharacteristicsIssue[] {
  const issues: CharacteristicsIssue[] = [];
  const add = (fieldId: string, code: CharacteristicsIssueCode, message: string): void => void issues.push({ fieldId, code, message });
  for (const field of form.fields) {
    const value = values[field.id];
    if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '') || (Array.isArray(value) && value.length === 0)) {
      if (field.required) add(field.id, 'required', `${field.label} is required.`);
      continue;
    }
    checkValue(field, value, add);
  }
  const known = new Set(form.fields.map((f) => f.id));
  for (const key of Object.keys(values)) if (!known.has(key)) add(key, 'unknown-field', `The form has no field "${key}".`);
  return issues;
}

function checkValue(field: FieldDefinition, value: unknown, add: (id: string, code: CharacteristicsIssueCode, message: string) => void): void {
  const wrong = (expected: string): void => add(field.id, 'wrong-type', `${field.label} must be ${expected}.`);
  switch (field.kind) {
    case 'text':
      if (typeof value !== 'string') wrong('text');
      return;
    case 'number':
      if (typeof value !== 'number' || !Number.isFinite(value)) return wrong('a number');
      if (field.integer && !Number.isInteger(value)) add(field.id, 'not-integer', `${field.label} must be a whole number.`);
      if (field.min !== undefined && value < field.min) add(field.id, 'below-min', `${field.label} must be at least ${field.min}.`);
      if (field.max !== undefined && value > field.max) add(field.id, 'above-max', `${field.label} must be at most ${field.max}.`);
      return;
    case 'choice':
      if (typeof value !== 'string') return wrong('one of its options');
      if (!field.options.some((o) => o.value === value)) add(field.id, 'not-an-option', `"${value}" is not an option of ${field.label}.`);
      return;
    case 'multi-choice':
      if (!isStringList(value)) return wrong('a list of its options');
      for (const v of value) if (!field.options.some((o) => o.value === v)) add(field.id, 'not-an-option', `"${v}" is not an option of ${field.label}.`);
      if (new Set(value).size !== value.length) add(field.id, 'repeated-value', `${field.label} lists a value twice.`);
      return;
    case 'country': {
      let list: readonly string[];
      if (field.multiple) {
        if (!isStringList(value)) return wrong('a list of ISO country codes');
        list = value;
      } else {
        if (typeof value !== 'string') return wrong('an ISO country code');
        list = [value];
      }
      for (const v of list) {
        if (!countries.has(v)) add(field.id, 'unknown-country', `"${v}" is not an ISO 3166 country code (e.g. "BW", "PK").`);
      }
      if (new Set(list).size !== list.length) add(field.id, 'repeated-value', `${field.label} lists a country twice.`);
      return;
    }
  }
}

function isStringList(value: unknown): value is readonly string[] {
  return Array.isArray(value) && value.every((v) => typeof v === 'string');
}

export const StudyCharacteristics = {
  /**
   * A study's values, with empty answers dropped. Does not reject problems (see `validateCharacteristics`),
   * because a partly filled form must be saveable.
   */
  create(studyId: string, values: Readonly<Record<string, FieldValue>>): StudyCharacteristics {
    const kept: Record<string, FieldValue> = {};
    for (const [key, value] of Object.entries(values)) {
      if (!isEmpty(value)) kept[key] = typeof value === 'string' || typeof value === 'number' ? value : Object.freeze([...value]);
    }
    return Object.freeze({ studyId: StudyId.of(studyId), values: Object.freeze(kept) });
  },
} as const;
