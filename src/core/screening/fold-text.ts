/**
 * Case- and diacritic-insensitive text with a map back to the original string, so that a match found in
 * the folded text can be reported as offsets into the text the user sees.
 */

/** Folded text plus, for each folded UTF-16 unit, the original span it came from. */
export type FoldedText = Readonly<{
  text: string;
  /** `starts[i]`: offset in the original where the character behind folded unit i begins. */
  starts: readonly number[];
  /** `ends[i]`: offset in the original where it ends (after any combining marks that follow it). */
  ends: readonly number[];
}>;

// Letters that carry a "diacritic" that Unicode does not decompose (NFKD leaves them whole).
const extraFolds: Readonly<Record<string, string>> = {
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  ħ: 'h',
  ı: 'i',
  ŧ: 't',
  æ: 'ae',
  œ: 'oe',
  ß: 'ss',
  þ: 'th',
};

const combiningMark = /\p{M}/gu;

/** Folds one code point: compatibility decomposition, marks dropped, lower case, a few extra letters. */
export function foldChar(ch: string): string {
  const lower = ch.normalize('NFKD').replace(combiningMark, '').toLowerCase();
  let out = '';
  for (const c of lower.normalize('NFKD').replace(combiningMark, '')) out += extraFolds[c] ?? c;
  return out;
}

/** Folds a whole string (for terms: no offset map needed). */
export function foldString(s: string): string {
  let out = '';
  for (const ch of s) out += foldChar(ch);
  return out;
}

/** Folds `original` code point by code point, keeping the offset map. */
export function foldText(original: string): FoldedText {
  let text = '';
  const starts: number[] = [];
  const ends: number[] = [];
  let offset = 0;
  for (const ch of original) {
    const folded = foldChar(ch);
    const end = offset + ch.length;
    if (folded === '') {
      // A combining mark (or an ignorable): it belongs to the character before it, so a match that
      // ends on that character must take the mark along rather than split the grapheme.
      if (ends.length > 0) {
        const last = ends.length - 1;
        const prevEnd = ends[last];
        for (let i = last; i >= 0 && ends[i] === prevEnd; i--) ends[i] = end;
      }
    } else {
      for (let i = 0; i < folded.length; i++) {
        starts.push(offset);
        ends.push(end);
      }
      text += folded;
    }
    offset = end;
  }
  return { text, starts, ends };
}
