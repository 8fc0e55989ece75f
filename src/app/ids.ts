import { randomBytes } from 'node:crypto';

let counter = 0;

/**
 * Ids are short, URL-safe and sortable by creation time (base-36 milliseconds, a per-process
 * counter, then random bytes), so that lists read in a natural order without an extra column.
 */
export function makeId(prefix: string, at: Date): string {
  counter = (counter + 1) % 1296;
  return `${prefix}_${at.getTime().toString(36)}${counter.toString(36).padStart(2, '0')}${randomBytes(5).toString('hex')}`;
}
