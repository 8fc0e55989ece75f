/**
 * One BibTeX entry's text to its type, key and fields. Values are `{braced}`, `"quoted"`, numbers or
 * `@string` macro names, joined with `#`. The reader is forgiving: a malformed field is skipped and
 * reported, and reading goes on at the next comma; only an unbalanced value makes the entry unreadable.
 */

/** Raw tag of text that could not be read as a field, kept so that nothing is dropped. */
export const unparsedTag = '#unparsed';

export type EntryProblem = Readonly<{ message: string; offset: number; fatal: boolean }>;

export type ParsedEntry = Readonly<{
  /** Entry type as written (`Article`, `inproceedings`, `string`…). */
  type: string;
  key: string;
  /** Field name as written → value with macros expanded and outer delimiters removed. */
  fields: readonly (readonly [name: string, value: string])[];
  problems: readonly EntryProblem[];
  /** Macro names used but not defined. */
  undefinedMacros: readonly string[];
}>;

/** Month macros every BibTeX style predefines. */
export const predefinedMacros: ReadonlyMap<string, string> = new Map([
  ['jan', 'January'], ['feb', 'February'], ['mar', 'March'], ['apr', 'April'], ['may', 'May'], ['jun', 'June'],
  ['jul', 'July'], ['aug', 'August'], ['sep', 'September'], ['oct', 'October'], ['nov', 'November'], ['dec', 'December'],
]);

const isSpace = (c: string | undefined): boolean => c === ' ' || c === '\t' || c === '\n' || c === '\r';

/** Parse the text of one entry, from its `@` to its closing brace (or wherever it was cut). */
export function parseEntry(text: string, macros: ReadonlyMap<string, string>): ParsedEntry {
  const problems: EntryProblem[] = [];
  const undefinedMacros: string[] = [];
  const fields: [string, string][] = [];
  const head = /^@\s*([A-Za-z][\w-]*)\s*([{(])/.exec(text);
  if (!head) return { type: '', key: '', fields, problems: [{ message: 'not an entry', offset: 0, fatal: true }], undefinedMacros };
  const type = head[1] ?? '';
  const close = head[2] === '(' ? ')' : '}';
  let i = head[0].length;
  const n = text.length;
  const skipSpace = (): void => {
    while (i < n && isSpace(text[i])) i++;
  };
  /** Skip to the next comma (or the closing delimiter) at brace level 0; the text skipped stays in raw. */
  const skipToComma = (): void => {
    const from = i;
    let depth = 0;
    while (i < n) {
      const c = text[i];
      if (c === '\\') i++;
      else if (c === '{') depth++;
      else if (c === '}' && depth > 0) depth--;
      else if (depth === 0 && (c === ',' || c === close)) break;
      i++;
    }
    const skipped = text.slice(from, i).trim();
    if (skipped !== '') fields.push([unparsedTag, skipped]);
  };

  // Key: everything up to the first comma, unless an `=` comes first (`@article{title = …`: no key).
  // Scopus writes keys with a space (`Conference paper2022775`), so spaces are allowed inside.
  skipSpace();
  const keyMatch = /([^,={}()"#]*?)\s*(?=[,=})]|$)/y;
  keyMatch.lastIndex = i;
  const km = keyMatch.exec(text);
  let key = '';
  if (km && text[keyMatch.lastIndex] !== '=') {
    key = (km[1] ?? '').trim();
    i = keyMatch.lastIndex;
    if (text[i] === ',') i++;
  }

  const readValue = (): string | undefined => {
    let value = '';
    for (;;) {
      skipSpace();
      const c = text[i];
      if (c === '{') {
        let depth = 0;
        const from = i;
        for (; i < n; i++) {
          const d = text[i];
          if (d === '\\') i++;
          else if (d === '{') depth++;
          else if (d === '}' && --depth === 0) break;
        }
        if (i >= n) {
          problems.push({ message: 'a braced value is never closed', offset: from, fatal: true });
          return undefined;
        }
        value += text.slice(from + 1, i);
        i++;
      } else if (c === '"') {
        let depth = 0;
        const from = i;
        for (i++; i < n; i++) {
          const d = text[i];
          if (d === '\\') i++;
          else if (d === '{') depth++;
          else if (d === '}') depth--;
          else if (d === '"' && depth <= 0) break;
        }
        if (i >= n) {
          problems.push({ message: 'a quoted value is never closed', offset: from, fatal: true });
          return undefined;
        }
        value += text.slice(from + 1, i);
        i++;
      } else if (c !== undefined && /[0-9]/.test(c)) {
        const m = /[0-9]+/y;
        m.lastIndex = i;
        const digits = m.exec(text)?.[0] ?? '';
        value += digits;
        i += digits.length;
      } else if (c !== undefined && /[A-Za-z_]/.test(c)) {
        const m = /[A-Za-z_][\w.:+/'-]*/y;
        m.lastIndex = i;
        const name = m.exec(text)?.[0] ?? '';
        i += name.length;
        const expansion = macros.get(name.toLowerCase());
        if (expansion === undefined) undefinedMacros.push(name);
        value += expansion ?? name;
      } else {
        problems.push({ message: `a value was expected, found ${c === undefined ? 'the end' : `"${c}"`}`, offset: i, fatal: false });
        skipToComma();
        return undefined;
      }
      skipSpace();
      if (text[i] !== '#') return value;
      i++;
    }
  };

  while (i < n) {
    skipSpace();
    const c = text[i];
    if (c === undefined) break;
    if (c === ',') {
      i++;
      continue;
    }
    if (c === close) break;
    const nameMatch = /[^\s=,{}()"#]+/y;
    nameMatch.lastIndex = i;
    const name = nameMatch.exec(text)?.[0];
    if (!name) {
      problems.push({ message: `unexpected "${c}"`, offset: i, fatal: false });
      i++;
      skipToComma();
      continue;
    }
    const nameAt = i;
    i += name.length;
    skipSpace();
    // `key words = {…}`: a name with spaces is read, with a warning, rather than lost.
    const spaced = /[^\s=,{}()"#][^=,{}()"#\n]*?[ \t]*=/y;
    spaced.lastIndex = i;
    let fieldName = name;
    if (text[i] !== '=' && spaced.test(text)) {
      fieldName = text.slice(nameAt, spaced.lastIndex - 1).trim().replace(/\s+/g, ' ');
      problems.push({ message: `field name "${fieldName}" contains spaces`, offset: nameAt, fatal: false });
      i = spaced.lastIndex - 1;
    }
    if (text[i] !== '=') {
      problems.push({ message: `"=" expected after field name "${name}"`, offset: nameAt, fatal: false });
      skipToComma();
      continue;
    }
    i++;
    const value = readValue();
    if (value === undefined) {
      if (problems.some((p) => p.fatal)) break;
      continue;
    }
    fields.push([fieldName, value]);
    skipSpace();
    if (i < n && text[i] !== ',' && text[i] !== close) {
      problems.push({ message: `"," expected after the value of "${fieldName}"`, offset: i, fatal: false });
    }
  }
  return { type, key, fields, problems, undefinedMacros };
}

const fieldLineStart = /^[ \t]*([A-Za-z][\w.:+-]*)[ \t]*=[ \t]*/gm;

/**
 * Fallback for an entry whose braces do not balance (Scopus writes `{Austropotamobius pallipes)` into
 * abstracts): when every field starts its own line, as most exporters write them, each `name = ` at a
 * line start begins a field and its value runs to the next one. Delimiters are trimmed loosely.
 */
export function recoverFieldsByLine(text: string, macros: ReadonlyMap<string, string>): [string, string][] {
  const starts = [...text.matchAll(fieldLineStart)];
  const fields: [string, string][] = [];
  starts.forEach((m, k) => {
    const from = (m.index ?? 0) + m[0].length;
    const to = starts[k + 1]?.index ?? text.length;
    let v = text.slice(from, to).trim();
    if (k === starts.length - 1) v = v.replace(/\}\s*$/, '').trim(); // the entry's own closing brace
    v = v.replace(/,\s*$/, '').trim();
    if (v.startsWith('{')) v = v.slice(1, v.endsWith('}') ? -1 : undefined);
    else if (v.startsWith('"')) v = v.slice(1, v.endsWith('"') ? -1 : undefined);
    else if (/^[A-Za-z_][\w.:+/'-]*$/.test(v)) v = macros.get(v.toLowerCase()) ?? v;
    fields.push([m[1] ?? '', v]);
  });
  return fields;
}
