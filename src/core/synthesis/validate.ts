import { AppError } from '../errors.js';

/**
 * Small shape checks shared by the entity companions. They throw INVALID_ARGUMENT naming the entity and
 * field, so a bad event read back from storage or sent by a client says exactly what is wrong.
 */

export function requireText(value: unknown, entity: string, field: string): string {
  if (typeof value !== 'string' || value.trim() === '') {
    throw new AppError('INVALID_ARGUMENT', `${entity}.${field} must be a non-empty string.`, { entity, field });
  }
  return value;
}

export function optionalText(value: unknown, entity: string, field: string): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string') {
    throw new AppError('INVALID_ARGUMENT', `${entity}.${field} must be a string when given.`, { entity, field });
  }
  return value;
}

const isoDateTime = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/** An ISO 8601 date or date-time (the clock lives outside core, so times arrive as strings). */
export function requireTime(value: unknown, entity: string, field: string): string {
  if (typeof value !== 'string' || !isoDateTime.test(value) || Number.isNaN(Date.parse(value))) {
    throw new AppError('INVALID_ARGUMENT', `${entity}.${field} must be an ISO 8601 date-time.`, { entity, field });
  }
  return value;
}

/** A list of ids, branded, with duplicates rejected (a construct linked twice would count twice). */
export function uniqueIds<T extends string>(
  values: readonly string[] | undefined,
  brand: (value: string) => T,
  entity: string,
  field: string,
): readonly T[] {
  const list = (values ?? []).map(brand);
  const seen = new Set<string>();
  for (const id of list) {
    if (seen.has(id)) {
      throw new AppError('INVALID_ARGUMENT', `${entity}.${field} lists ${id} twice.`, { entity, field, id });
    }
    seen.add(id);
  }
  return Object.freeze(list);
}

export function requireOneOf<T extends string>(value: unknown, allowed: readonly T[], entity: string, field: string): T {
  const found = allowed.find((a) => a === value);
  if (found === undefined) {
    throw new AppError('INVALID_ARGUMENT', `${entity}.${field} must be one of ${allowed.join(', ')}.`, {
      entity,
      field,
      allowed: [...allowed],
    });
  }
  return found;
}

/** Copies only the keys whose value is defined, so absent optional fields stay absent (exact equality). */
export function definedOnly<T extends Record<string, unknown>>(value: T): T {
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) if (v !== undefined) out[key] = v;
  return out as T;
}
