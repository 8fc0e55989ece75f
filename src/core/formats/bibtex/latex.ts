/**
 * LaTeX in BibTeX field values to plain Unicode text: accents (`P{\'e}rez`, `{\"u}`, `\c{c}`),
 * special letters (`\ss`, `\o`, `\aa`), escaped specials (`\&`, `\%`, `\_`), ligatures (`--`, `---`,
 * ``` `` ```/`''`), case-protecting braces, simple math (`$\alpha$`, `$^{13}$C`) and formatting
 * commands (`\emph{…}`, `\textit{…}`). Unknown commands are kept as written, so nothing is lost.
 * Verbatim fields (URLs, DOIs, file paths) only lose their braces and escapes.
 */

import { decodeCharacterReferences } from '../../records/entities.js';
import { collapseWhitespace } from '../csv/text-stream.js';

const accents: Readonly<Record<string, string>> = {
  "'": '\u0301',
  '`': '\u0300',
  '^': '\u0302',
  '"': '\u0308',
  '~': '\u0303',
  '=': '\u0304',
  '.': '\u0307',
  u: '\u0306',
  v: '\u030C',
  H: '\u030B',
  c: '\u0327',
  k: '\u0328',
  r: '\u030A',
  d: '\u0323',
  b: '\u0331',
  t: '\u0361',
};

const symbols: Readonly<Record<string, string>> = {
  ss: 'ß', SS: 'SS', o: 'ø', O: 'Ø', ae: 'æ', AE: 'Æ', oe: 'œ', OE: 'Œ', aa: 'å', AA: 'Å', l: 'ł', L: 'Ł',
  i: 'ı', j: 'ȷ', dh: 'ð', DH: 'Ð', th: 'þ', TH: 'Þ', ng: 'ŋ', NG: 'Ŋ', dj: 'đ', DJ: 'Đ',
  textendash: '–', textemdash: '—', ldots: '…', dots: '…', textellipsis: '…',
  textquoteright: '’', textquoteleft: '‘', textquotedblleft: '“', textquotedblright: '”', textquotedbl: '"',
  quotesinglbase: '‚', quotedblbase: '„', guillemotleft: '«', guillemotright: '»', guilsinglleft: '‹', guilsinglright: '›',
  textless: '<', textgreater: '>', textbackslash: '\\', textasciitilde: '~', textasciicircum: '^', textasciigrave: '`',
  textunderscore: '_', textbar: '|', textbraceleft: '{', textbraceright: '}', textdollar: '$', textsection: '§',
  textregistered: '®', texttrademark: '™', copyright: '©', textcopyright: '©', S: '§', P: '¶',
  pounds: '£', textsterling: '£', euro: '€', texteuro: '€', textyen: '¥', textcent: '¢',
  textdegree: '°', degree: '°', textmu: 'µ', textperthousand: '‰', textpm: '±', textbullet: '•',
  textdagger: '†', textdaggerdbl: '‡', textexclamdown: '¡', textquestiondown: '¿',
  pm: '±', mp: '∓', times: '×', div: '÷', cdot: '·', le: '≤', leq: '≤', ge: '≥', geq: '≥', ne: '≠', neq: '≠',
  approx: '≈', sim: '∼', simeq: '≃', equiv: '≡', infty: '∞', to: '→', rightarrow: '→', leftarrow: '←',
  leftrightarrow: '↔', Rightarrow: '⇒', uparrow: '↑', downarrow: '↓', partial: '∂', nabla: '∇', sum: '∑',
  prod: '∏', int: '∫', sqrt: '√', propto: '∝', in: '∈', notin: '∉', subset: '⊂', cup: '∪', cap: '∩',
  ell: 'ℓ', hbar: 'ℏ', circ: '∘', ast: '∗', star: '⋆', prime: '′', deg: '°', langle: '⟨', rangle: '⟩',
  alpha: 'α', beta: 'β', gamma: 'γ', delta: 'δ', epsilon: 'ϵ', varepsilon: 'ε', zeta: 'ζ', eta: 'η',
  theta: 'θ', vartheta: 'ϑ', iota: 'ι', kappa: 'κ', lambda: 'λ', mu: 'μ', nu: 'ν', xi: 'ξ', pi: 'π',
  varpi: 'ϖ', rho: 'ρ', varrho: 'ϱ', sigma: 'σ', varsigma: 'ς', tau: 'τ', upsilon: 'υ', phi: 'ϕ',
  varphi: 'φ', chi: 'χ', psi: 'ψ', omega: 'ω', Gamma: 'Γ', Delta: 'Δ', Theta: 'Θ', Lambda: 'Λ', Xi: 'Ξ',
  Pi: 'Π', Sigma: 'Σ', Upsilon: 'Υ', Phi: 'Φ', Psi: 'Ψ', Omega: 'Ω',
  LaTeX: 'LaTeX', TeX: 'TeX', BibTeX: 'BibTeX', LaTeXe: 'LaTeX2e',
  // Spacing and no-ops.
  quad: ' ', qquad: ' ', enspace: ' ', thinspace: ' ', space: ' ', newline: ' ', linebreak: ' ', par: ' ',
  relax: '', protect: '', noindent: '', nobreak: '', allowbreak: '', hfill: ' ', vfill: ' ', break: ' ',
  it: '', bf: '', em: '', sc: '', rm: '', sf: '', tt: '', sl: '', normalfont: '', itshape: '', bfseries: '',
  scshape: '', upshape: '', mdseries: '', small: '', footnotesize: '', large: '', Large: '', tiny: '',
  displaystyle: '', textstyle: '', left: '', right: '', bigl: '', bigr: '', big: '', Big: '',
};

/** Commands whose one argument is the text to keep. */
const wrappers = new Set([
  'textit', 'textbf', 'emph', 'textsc', 'textrm', 'textsf', 'texttt', 'textup', 'textsl', 'textnormal', 'textmd',
  'mathrm', 'mathit', 'mathbf', 'mathsf', 'mathtt', 'mathcal', 'mathbb', 'mathfrak', 'mathnormal', 'boldsymbol',
  'mbox', 'hbox', 'text', 'url', 'NoCaseChange', 'nocase', 'enquote', 'uppercase', 'lowercase', 'MakeUppercase',
  'MakeLowercase', 'textsuperscript', 'textsubscript', 'underline', 'uline', 'ensuremath', 'textins', 'ul', 'textcolor',
]);

/** Commands whose argument is dropped (sorting hints). */
const dropArgument = new Set(['noopsort', 'noop', 'SortNoop', 'sortnoop', 'index', 'label', 'footnote', 'cite']);

const superscripts: Readonly<Record<string, string>> = {
  '0': '⁰', '1': '¹', '2': '²', '3': '³', '4': '⁴', '5': '⁵', '6': '⁶', '7': '⁷', '8': '⁸', '9': '⁹', '+': '⁺', '-': '⁻', '=': '⁼', '(': '⁽', ')': '⁾', n: 'ⁿ', i: 'ⁱ',
};
const subscripts: Readonly<Record<string, string>> = {
  '0': '₀', '1': '₁', '2': '₂', '3': '₃', '4': '₄', '5': '₅', '6': '₆', '7': '₇', '8': '₈', '9': '₉', '+': '₊', '-': '₋', '=': '₌', '(': '₍', ')': '₎',
};

const isLetter = (c: string | undefined): boolean => c !== undefined && /[A-Za-z]/.test(c);

/** Index after the group that opens at `start` (`text[start] === '{'`), or text.length if unclosed. */
function groupEnd(text: string, start: number): number {
  let depth = 0;
  for (let i = start; i < text.length; i++) {
    const c = text[i];
    if (c === '\\') i++;
    else if (c === '{') depth++;
    else if (c === '}') {
      depth--;
      if (depth === 0) return i + 1;
    }
  }
  return text.length;
}

type Decoder = { out: string; math: boolean };

/** Read one macro argument at `i`: a braced group, a control word, or one character. */
function readArgument(text: string, i: number): { arg: string; next: number } {
  let j = i;
  while (text[j] === ' ') j++;
  if (text[j] === '{') {
    const end = groupEnd(text, j);
    return { arg: text.slice(j + 1, end - 1), next: end };
  }
  if (text[j] === '\\') {
    let k = j + 1;
    while (isLetter(text[k])) k++;
    if (k === j + 1) k++;
    return { arg: text.slice(j, k), next: k };
  }
  return j < text.length ? { arg: text.slice(j, j + 1), next: j + 1 } : { arg: '', next: j };
}

function applyAccent(mark: string, base: string): string {
  // `\'{\i}`: the dotless i under an accent is the ordinary i once composed.
  const letter = base.replace(/^ı/, 'i').replace(/^ȷ/, 'j');
  if (letter === '') return '';
  const [first = '', ...rest] = [...letter];
  return (first + mark + rest.join('')).normalize('NFC');
}

function scriptOf(arg: string, table: Readonly<Record<string, string>>, marker: string): string {
  const chars = [...arg];
  return chars.length > 0 && chars.every((c) => table[c] !== undefined) ? chars.map((c) => table[c]).join('') : `${marker}${arg}`;
}

// Characters that may start something to decode; runs of anything else are copied in one piece.
const special = /[\\{}$~`'^_-]/g;

function decodeInto(text: string, state: Decoder): void {
  let i = 0;
  while (i < text.length) {
    special.lastIndex = i;
    const found = special.exec(text);
    const stop = found ? found.index : text.length;
    if (stop > i) {
      state.out += text.slice(i, stop);
      i = stop;
      if (i >= text.length) break;
    }
    const c = text[i] ?? '';
    if (c === '\\') {
      const next = text[i + 1];
      if (next === undefined) {
        state.out += '\\';
        i++;
        continue;
      }
      if (!isLetter(next)) {
        const accent = accents[next];
        if (accent !== undefined) {
          const { arg, next: after } = readArgument(text, i + 2);
          state.out += applyAccent(accent, decode(arg, state.math));
          i = after;
          continue;
        }
        if ('&%$#_{}'.includes(next)) state.out += next;
        else if (next === '\\') state.out += ' ';
        else if (next === ' ' || next === ',' || next === ';' || next === ':' || next === '>') state.out += ' ';
        // `\-` (hyphenation point), `\/` (italic correction), `\@`, `\!`: print nothing.
        else if (!'-/@!'.includes(next)) state.out += '\\' + next;
        i += 2;
        continue;
      }
      let j = i + 1;
      while (isLetter(text[j])) j++;
      const name = text.slice(i + 1, j);
      // TeX swallows the spaces after a control word.
      let k = j;
      while (text[k] === ' ' || text[k] === '\n') k++;
      if (accents[name] !== undefined && name.length === 1 && /[uvHckrdbt]/.test(name)) {
        const { arg, next: after } = readArgument(text, k);
        state.out += applyAccent(accents[name], decode(arg, state.math));
        i = after;
      } else if (symbols[name] !== undefined) {
        state.out += symbols[name];
        // `{\ss}e` ends the word at the brace; `\ss e` had its space swallowed; `\ss{}e` has an empty group.
        i = text[k] === '{' && text[k + 1] === '}' ? k + 2 : k;
      } else if (wrappers.has(name)) {
        const { arg, next: after } = readArgument(text, k);
        if (name === 'textsuperscript') state.out += scriptOf(decode(arg, state.math), superscripts, '^');
        else if (name === 'textsubscript') state.out += scriptOf(decode(arg, state.math), subscripts, '_');
        else if (name === 'textcolor') {
          // `\textcolor{red}{text}`: the first argument is the colour.
          const second = readArgument(text, after);
          decodeInto(second.arg, state);
          i = second.next;
          continue;
        } else decodeInto(arg, state);
        i = after;
      } else if (name === 'href') {
        const target = readArgument(text, k);
        const label = readArgument(text, target.next);
        decodeInto(label.arg, state);
        i = label.next;
      } else if (dropArgument.has(name)) {
        i = readArgument(text, k).next;
      } else {
        // Unknown: keep the command as written, with its argument (if any) decoded inside its braces.
        if (text[k] === '{') {
          const { arg, next: after } = readArgument(text, k);
          state.out += `${text.slice(i, j)}{${decode(arg, state.math)}}`;
          i = after;
        } else {
          state.out += text.slice(i, j) + (k > j ? ' ' : '');
          i = k;
        }
      }
      continue;
    }
    if (c === '{' || c === '}') {
      i++;
      continue;
    }
    if (c === '$') {
      state.math = !state.math;
      i++;
      continue;
    }
    if (state.math && (c === '^' || c === '_')) {
      const { arg, next } = readArgument(text, i + 1);
      state.out += scriptOf(decode(arg, true), c === '^' ? superscripts : subscripts, c);
      i = next;
      continue;
    }
    if (c === '~') {
      state.out += ' ';
      i++;
      continue;
    }
    if (c === '-' && text[i + 1] === '-') {
      if (text[i + 2] === '-') {
        state.out += '—';
        i += 3;
      } else {
        state.out += '–';
        i += 2;
      }
      continue;
    }
    if (c === '`' && text[i + 1] === '`') {
      state.out += '“';
      i += 2;
      continue;
    }
    if (c === "'" && text[i + 1] === "'") {
      state.out += '”';
      i += 2;
      continue;
    }
    if (c === '`') {
      state.out += '‘';
      i++;
      continue;
    }
    state.out += c;
    i++;
  }
}

function decode(text: string, math: boolean): string {
  const state: Decoder = { out: '', math };
  decodeInto(text, state);
  return state.out;
}

/** A BibTeX text value (title, journal, abstract, name part…) as plain text, whitespace collapsed. */
export function decodeLatex(value: string): string {
  const plain = /[\\{}$~`&]|--|''/.test(value) ? decode(decodeCharacterReferences(value), false) : value;
  return collapseWhitespace(plain);
}

/** A verbatim value (URL, DOI, file): braces and `\_`-style escapes removed, nothing else touched. */
export function decodeVerbatim(value: string): string {
  return value
    .replace(/\\url\s*\{([^}]*)\}/g, '$1')
    .replace(/\\([_&%#$~{}])/g, '$1')
    .replace(/[{}]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}
