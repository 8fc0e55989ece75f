/**
 * A few words on what unrecognised content looks like, for the `FILE_FORMAT_UNKNOWN` message: users
 * upload HTML error pages, RTF, Word text and search-history files far more often than corrupt exports.
 */
const looks: readonly (readonly [RegExp, string])[] = [
  [/^\s*<!doctype html|^\s*<html[\s>]/i, 'an HTML page (a login or error page saved instead of the export?)'],
  [/^\s*<\?xml|^\s*<[a-z][\w:-]*[\s>]/i, 'XML that is not EndNote XML'],
  [/^\s*\{\\rtf/, 'an RTF document'],
  [/^\s*[[{]/, 'JSON that is not CSL-JSON'],
  [/^\s*@[a-z]+\s*[{(]/i, 'BibTeX'],
  [/^\s*<\d+>\s*$/m, 'an Ovid citation display ("<1>" numbered records with field labels)'],
];

export function describeContent(sample: string): string {
  for (const [re, what] of looks) if (re.test(sample)) return what;
  const firstLine = /\S[^\r\n]*/.exec(sample)?.[0]?.trim() ?? '';
  return firstLine === '' ? 'blank text' : `plain text starting "${firstLine.slice(0, 60)}${firstLine.length > 60 ? '…' : ''}"`;
}
