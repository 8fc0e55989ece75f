/**
 * One record's raw fields, looked up by tag for the mapping. The mapping asks some fifty times a record
 * for "the first non-blank value of the first of these tags" or "every value of these tags"; with a Map
 * of value arrays built per record, and an argument array per lookup, that was a third of the parse time.
 *
 * Here every tag the mapping reads is numbered once, when the module loads (its slot); a tag list is a
 * list of slots; and indexing a record chains its fields per slot in arrays that are reused from one
 * record to the next. A lookup is then a few array reads, and indexing a record allocates nothing.
 */
import type { RawField } from '../../records/record.js';

/** Tags, as slot numbers, in priority order. */
export type Slots = readonly number[];

const slotOfTag = new Map<string, number>();
/** The same for two-letter ASCII tags (all RIS tags), by `charCode(0) * 128 + charCode(1)`: an array read, not a hash lookup. */
const slotOfCode = new Int16Array(128 * 128).fill(-1);

/** The slots of `tags`, numbering the tags not seen before. Call at module level, never per record. */
export function slotsOf(tags: readonly string[]): Slots {
  return tags.map((tag) => {
    let slot = slotOfTag.get(tag);
    if (slot === undefined) {
      slot = slotOfTag.size;
      slotOfTag.set(tag, slot);
      const code = twoLetterCode(tag);
      if (code !== -1) slotOfCode[code] = slot;
    }
    return slot;
  });
}

function twoLetterCode(tag: string): number {
  if (tag.length !== 2) return -1;
  const c0 = tag.charCodeAt(0);
  const c1 = tag.charCodeAt(1);
  return c0 < 128 && c1 < 128 ? c0 * 128 + c1 : -1;
}

function slotOf(tag: string): number {
  const code = twoLetterCode(tag);
  return code !== -1 ? slotOfCode[code]! : (slotOfTag.get(tag) ?? -1);
}

/** Every tag some slot stands for. */
export const indexedTags = (): Iterable<string> => slotOfTag.keys();

const none: readonly string[] = Object.freeze([]);

export class FieldIndex {
  #raw: readonly RawField[] = [];
  /** Per slot: the first field with that tag, or -1. */
  #head = new Int32Array(0);
  /** Per slot: the last field with that tag (where the chain grows). */
  #tail = new Int32Array(0);
  /** Per field: the next field with the same tag, or -1. */
  #next = new Int32Array(64);

  /** Index the fields of one record; lookups answer for it until the next `index`. */
  index(raw: readonly RawField[]): this {
    if (this.#head.length !== slotOfTag.size) {
      this.#head = new Int32Array(slotOfTag.size);
      this.#tail = new Int32Array(slotOfTag.size);
    }
    if (this.#next.length < raw.length) this.#next = new Int32Array(raw.length * 2);
    const head = this.#head;
    const tail = this.#tail;
    const next = this.#next;
    head.fill(-1);
    for (let i = 0; i < raw.length; i++) {
      const slot = slotOf(raw[i]![0]);
      if (slot === -1) continue;
      next[i] = -1;
      if (head[slot] === -1) head[slot] = i;
      else next[tail[slot]!] = i;
      tail[slot] = i;
    }
    this.#raw = raw;
    return this;
  }

  /** The first non-blank value of the first tag (in priority order) that has one. */
  first(slots: Slots): string | undefined {
    for (const slot of slots) {
      for (let i = this.#head[slot]!; i !== -1; i = this.#next[i]!) {
        const value = this.#raw[i]![1];
        if (value !== '') return value;
      }
    }
    return undefined;
  }

  /** Every non-blank value of the tags, tag by tag, in file order within a tag. */
  all(slots: Slots): readonly string[] {
    let out: string[] | undefined;
    for (const slot of slots) {
      for (let i = this.#head[slot]!; i !== -1; i = this.#next[i]!) {
        const value = this.#raw[i]![1];
        // Most tags occur once: an array of one, not a push into an empty array (which reserves 17).
        if (value !== '') {
          if (out) out.push(value);
          else out = [value];
        }
      }
    }
    return out ?? none;
  }
}
