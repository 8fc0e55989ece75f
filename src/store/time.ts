/** Drivers return timestamptz as Date (pg, PGlite) — domain values carry ISO strings. */
export const iso = (value: Date | string): string => (value instanceof Date ? value.toISOString() : new Date(value).toISOString());
