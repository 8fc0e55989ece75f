/**
 * BibTeX name lists: names joined by ` and ` at brace level 0, each written `First von Last`,
 * `von Last, First` or `von Last, Jr, First`. A name wholly in braces (`{World Health Organization}`)
 * is an organisation and is kept literal. Braces protect their content from splitting.
 */
import { parseAuthor } from '../../records/fields.js';
import type { Author } from '../../records/record.js';
import { decodeLatex } from './latex.js';

/** Split `text` at `separator` (a regex matched only at brace level 0). */
function splitTopLevel(text: string, separator: RegExp, keepEmpty = false): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  const sticky = new RegExp(separator.source, 'y' + (separator.ignoreCase ? 'i' : ''));
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (c === '{') depth++;
    else if (c === '}') depth = Math.max(0, depth - 1);
    else if (depth === 0) {
      sticky.lastIndex = i;
      const m = sticky.exec(text);
      if (m && m[0].length > 0) {
        out.push(text.slice(start, i));
        start = i + m[0].length;
        i = start - 1;
      }
    }
  }
  out.push(text.slice(start));
  const trimmed = out.map((s) => s.trim());
  return keepEmpty ? trimmed : trimmed.filter((s) => s !== '');
}

/** True when the whole text is one brace group: `{Name}`. */
function isOneGroup(text: string): boolean {
  if (!text.startsWith('{') || !text.endsWith('}')) return false;
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\\') i++;
    else if (c === '{') depth++;
    else if (c === '}') {
      depth--;
      if (depth === 0 && i < text.length - 1) return false;
    }
  }
  return true;
}

/** A `von` word starts with a lower-case letter (`van`, `de`, `{\'e}...` decoded first). */
function isLowerWord(word: string): boolean {
  const first = word.startsWith('{\\') ? decodeLatex(word).charAt(0) : word.charAt(0);
  return /\p{Ll}/u.test(first);
}

const join = (words: readonly string[]): string => decodeLatex(words.join(' '));

function parseOne(name: string): Author | undefined {
  if (isOneGroup(name)) {
    const literal = decodeLatex(name.slice(1, -1));
    return literal ? { family: literal, literal } : undefined;
  }
  // Empty parts count: `Smith Jones,` is a family name with no given names.
  const parts = splitTopLevel(name, /\s*,\s*/, true);
  const words = (s: string): string[] => splitTopLevel(s, /\s+/);
  if (parts.length >= 2) {
    const family = join(words(parts[0] ?? ''));
    const first = join(words(parts[parts.length - 1] ?? ''));
    const jr = parts.length >= 3 ? join(words(parts[1] ?? '')) : '';
    const given = [first, jr].filter((s) => s !== '').join(', ');
    if (!family) return undefined;
    return given ? { family, given } : { family };
  }
  const tokens = words(name);
  if (tokens.length === 0) return undefined;
  const decoded = join(tokens);
  // Organisations written without braces (`Cochrane Pain Group`) are recognised by their words.
  const asWritten = parseAuthor(decoded);
  if (asWritten?.literal) return asWritten;
  if (tokens.length === 1) return { family: decoded };
  const last = tokens.length - 1;
  let vonStart = -1;
  for (let i = 0; i < last; i++) {
    if (isLowerWord(tokens[i] ?? '')) {
      vonStart = i;
      break;
    }
  }
  const split = vonStart >= 0 ? vonStart : last;
  const given = join(tokens.slice(0, split));
  const family = join(tokens.slice(split));
  return given ? { family, given } : { family };
}

/** A BibTeX `author`/`editor` value to authors; `and others` (et al.) is dropped. */
export function parseBibtexNames(value: string | undefined): Author[] {
  if (!value) return [];
  return splitTopLevel(value.replace(/\s+/g, ' '), /\s+and\s+/i)
    .filter((n) => n.toLowerCase() !== 'others')
    .map(parseOne)
    .filter((a): a is Author => a !== undefined);
}
