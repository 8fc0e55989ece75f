/**
 * A tiny streaming splitter for CSL-JSON: the text is an array of items (`[{…}, {…}]`) or an object
 * holding one (`{"items": [{…}]}`, as Zotero's API and some exporters write), or a single item object.
 * It tracks strings, escapes and depth, and hands out each item's text so that `JSON.parse` only ever
 * sees one item; memory stays bounded by the largest item.
 */

export type ItemText = Readonly<{ text: string; line: number }>;

export type SplitProblem = Readonly<{ message: string; line: number; fatal: boolean }>;

export type ItemSplitter = {
  push(text: string): ItemText[];
  end(): ItemText[];
  readonly problems: readonly SplitProblem[];
};

type Mode = 'start' | 'array' | 'object' | 'single' | 'done';

/** Create the splitter; text must already have `\n` line ends. */
export function createItemSplitter(): ItemSplitter {
  const problems: SplitProblem[] = [];
  let buffer = '';
  let i = 0; // next index to scan
  let line = 1; // line at `i`
  let mode: Mode = 'start';
  let depth = 0; // nesting depth at `i`
  let inString = false;
  let escaped = false;
  let itemDepth = 1; // depth at which items are found (1 in a top array, 2 inside `items`)
  let itemStart = -1;
  let itemLine = 0;
  let keyStart = -1; // start of the last string at depth 1 in object mode
  let lastKey = '';
  let awaitingItems = false; // saw `"items":` at depth 1

  function fail(message: string): void {
    problems.push({ message, line, fatal: true });
    mode = 'done';
  }

  const emit = (out: ItemText[], to: number): void => {
    out.push({ text: buffer.slice(itemStart, to), line: itemLine });
    itemStart = -1;
  };
  const begin = (at: number): void => {
    itemStart = at;
    itemLine = line;
  };
  // A pending array element that is not an object or array (`"x"`, `12`, `null`).
  const pendingScalar = (): boolean => itemStart >= 0 && buffer[itemStart] !== '{' && buffer[itemStart] !== '[';

  function run(out: ItemText[]): void {
    const n = buffer.length;
    while (i < n && mode !== 'done') {
      const c = buffer.charCodeAt(i);
      if (inString) {
        if (escaped) escaped = false;
        else if (c === 92 /* \ */) escaped = true;
        else if (c === 34 /* " */) {
          inString = false;
          if (mode === 'object' && depth === 1 && keyStart >= 0) {
            lastKey = buffer.slice(keyStart + 1, i);
            keyStart = -1;
          }
        } else if (c === 10) line++;
        i++;
        continue;
      }
      if (c === 10) line++;
      if (c === 10 || c === 32 || c === 9 || c === 13 || c === 0xfeff) {
        i++;
        continue;
      }
      if (mode === 'start') {
        if (c === 91 /* [ */) {
          mode = 'array';
          depth = 1;
          itemDepth = 1;
        } else if (c === 123 /* { */) {
          mode = 'object';
          depth = 1;
          begin(i); // a single item, unless an `items` array turns up
        } else return fail('The text is not a JSON array or object.');
        i++;
        continue;
      }
      const atItemLevel = mode === 'array' && depth === itemDepth;
      if (c === 34 /* " */) {
        inString = true;
        if (mode === 'object' && depth === 1) keyStart = i;
        if (atItemLevel && itemStart < 0) begin(i);
      } else if (c === 123 || c === 91 /* { [ */) {
        if (mode === 'object' && depth === 1 && c === 91 && awaitingItems) {
          // `"items": [`: the items are the elements of this array.
          mode = 'array';
          itemDepth = 2;
          itemStart = -1;
        } else if (atItemLevel && itemStart < 0) begin(i);
        depth++;
      } else if (c === 125 || c === 93 /* } ] */) {
        depth--;
        if (depth < 0) return fail('Unbalanced closing bracket.');
        if (mode === 'array' && depth === itemDepth && itemStart >= 0 && !pendingScalar()) emit(out, i + 1);
        else if (mode === 'array' && depth === itemDepth - 1) {
          if (pendingScalar()) emit(out, i);
          mode = 'done';
        } else if (mode === 'object' && depth === 0) {
          if (itemStart >= 0) emit(out, i + 1);
          mode = 'done';
        }
      } else if (c === 58 /* : */) {
        if (mode === 'object' && depth === 1) awaitingItems = lastKey === 'items';
      } else if (c === 44 /* , */) {
        if (mode === 'object' && depth === 1) awaitingItems = false;
        if (atItemLevel && pendingScalar()) emit(out, i);
      } else if (atItemLevel && itemStart < 0) begin(i);
      i++;
    }
  }

  /** Forget scanned text that no pending item needs. */
  function compact(): void {
    let keep = itemStart >= 0 ? itemStart : i;
    if (keyStart >= 0) keep = Math.min(keep, keyStart);
    if (keep <= 0) return;
    buffer = buffer.slice(keep);
    i -= keep;
    if (itemStart >= 0) itemStart -= keep;
    if (keyStart >= 0) keyStart -= keep;
  }

  return {
    push(text: string): ItemText[] {
      const out: ItemText[] = [];
      buffer += text;
      run(out);
      compact();
      return out;
    },
    end(): ItemText[] {
      const out: ItemText[] = [];
      run(out);
      if (mode === 'start') problems.push({ message: 'The file holds no JSON.', line, fatal: true });
      else if (mode !== 'done') problems.push({ message: 'The JSON ends before its closing bracket.', line, fatal: true });
      buffer = '';
      return out;
    },
    problems,
  };
}
