import { describe, expect, it } from 'vitest';
import { authorKeys, compareAuthors, withinOneEdit } from './authors.js';
import { analyseDoi, relateDois, standardNumbers } from './identifiers.js';
import { locatorKey, parsePages } from './locator.js';
import { foldText } from './text.js';
import { analyseTitle } from './title.js';
import { analyseVenue, venueSimilarity } from './venue.js';
import { splitAuthors } from '../records/fields.js';

describe('foldText', () => {
  it('folds case, punctuation, accents, HTML markup and entities', () => {
    expect(foldText('Étude <i>in vivo</i> de l&apos;effet &amp; des Æ-cells.')).toBe('etude in vivo de leffet and des ae cells');
    expect(foldText('Kie&#223;ling')).toBe('kiessling');
  });
  it('spells out Greek letters however they are written', () => {
    expect(foldText('TNF-α')).toBe(foldText('TNF-alpha'));
    expect(foldText('TNF-&alpha;')).toBe('tnf alpha');
    expect(foldText('IFN-$\\gamma$')).toBe('ifn gamma');
  });
  it('removes LaTeX accents and commands', () => {
    expect(foldText('M{\\"u}ller and \\emph{Sch\\"on}')).toBe('muller and schon');
  });
  it('keeps letters of non-Latin scripts so such titles still have a key', () => {
    expect(foldText('Платформенная занятость')).toBe('платформенная занятость');
  });
});

describe('analyseTitle', () => {
  it('drops database annotations and trailing full stops', () => {
    const a = analyseTitle('Colposcopy to evaluate abnormal cervical cytology in 2008. [Review] [57 refs]');
    const b = analyseTitle('Colposcopy to evaluate abnormal cervical cytology in 2008');
    expect(a?.key).toBe(b?.key);
    expect(analyseTitle('HPV testing (Provisional abstract)')?.key).toBe('hpvtesting');
    expect(analyseTitle('Query Optimization at the Crossroads (Panel)')?.key).toBe(analyseTitle('Query optimization at the crossroads')?.key);
  });
  it('reads a bracketed translated title as the title and keeps other bracketed parts as variants', () => {
    expect(analyseTitle('[The risks of long-term proton pump inhibitor use].')?.key).toBe('therisksoflongtermprotonpumpinhibitoruse');
    const t = analyseTitle('Die Risiken der Langzeittherapie [The risks of long-term therapy]');
    expect(t?.variants).toContain('therisksoflongtermtherapy');
    expect(analyseTitle(undefined, '[Title in English]')?.key).toBe('titleinenglish');
  });
  it('recognises notices about an article', () => {
    expect(analyseTitle('Erratum: Effects of exercise on mood')?.notice).toBe('erratum');
    expect(analyseTitle('Correction to: Effects of exercise on mood')?.notice).toBe('erratum');
    expect(analyseTitle('Retraction note to: Effects of exercise on mood')?.notice).toBe('retraction');
    expect(analyseTitle('Reply to comment on "Effects of exercise on mood"')?.notice).toBe('reply');
    expect(analyseTitle('Comment on: Effects of exercise on mood')?.notice).toBe('comment');
    expect(analyseTitle('Effects of exercise on mood')?.notice).toBeUndefined();
    // the retracted article itself is still the article
    expect(analyseTitle('RETRACTED: Effects of exercise on mood')?.key).toBe(analyseTitle('Effects of exercise on mood')?.key);
  });
  it('reads parts of a series and the numbers of a title', () => {
    expect(analyseTitle('Qualitative research in nursing. Part II: analysis')?.part).toBe('2');
    expect(analyseTitle('Qualitative research in nursing, part 2 - analysis')?.part).toBe('2');
    expect(analyseTitle('Annual report 2019 of the registry')?.numbers).toBe('2019');
  });
  it('marks generic and placeholder titles', () => {
    expect(analyseTitle('Editorial')?.generic).toBe(true);
    expect(analyseTitle("Editor's comments")?.generic).toBe(true);
    expect(analyseTitle('Book Review')?.generic).toBe(true);
    expect(analyseTitle('UNKNOWN')).toBeUndefined();
    expect(analyseTitle('Journal of Nursing Studies Journal of Nursing Studies', undefined, 'journal of nursing studies')?.generic).toBe(true);
    expect(analyseTitle('Lived experience of return migration among older adults')?.generic).toBe(false);
  });
});

describe('authorKeys and compareAuthors', () => {
  it('repairs author lists that were run together by the export', () => {
    const keys = authorKeys(splitAuthors("Tan A.Schulze A.O'Donnell C. P.Davis P. G."));
    expect(keys.surnames).toEqual(['tan', 'schulze', 'odonnell', 'davis']);
  });
  it('matches the same list written in different styles', () => {
    const a = authorKeys(splitAuthors('Omulo, S. and Thumbi, S. M. and Njenga, M. K. and Call, D. R.', /\s+and\s+/));
    const b = authorKeys(splitAuthors('Omulo Sylvia; Thumbi Samuel M.; Njenga M. Kariuki; Call Douglas R.'));
    const c = compareAuthors(a, b);
    expect(c?.similarity).toBe(1);
    expect(c?.coverage).toBe(1);
  });
  it('treats a cut list as a subset, not a mismatch', () => {
    const full = authorKeys(splitAuthors('Smith, J; Jones, K; Lee, M; Park, S; Kim, H'));
    const cut = authorKeys([...splitAuthors('Smith, J; Jones, K; Lee, M'), { family: 'et al.' }]);
    expect(cut.etAl).toBe(true);
    const c = compareAuthors(full, cut);
    expect(c?.similarity).toBe(1);
    expect(c?.subset).toBe(true);
  });
  it('keeps group authors apart from persons and ignores placeholders', () => {
    const group = authorKeys([{ family: 'ASCUS-LSIL Triage Study Group', literal: 'ASCUS-LSIL Triage Study Group' }]);
    const person = authorKeys(splitAuthors('Solomon, D'));
    expect(compareAuthors(group, person)).toBeUndefined();
    expect(authorKeys([{ family: 'UNKNOWN' }]).surnames).toEqual([]);
  });
  it('allows one typo in a long surname', () => {
    expect(withinOneEdit('mühlberger', 'muhlberger')).toBe(true);
    expect(withinOneEdit('schmidt', 'schmitt')).toBe(true);
    expect(withinOneEdit('schmidt', 'schmitz')).toBe(false);
  });
});

describe('venues', () => {
  const sim = (a: string, b: string): number => {
    const x = analyseVenue(a);
    const y = analyseVenue(b);
    if (!x || !y) throw new Error('no venue');
    return venueSimilarity(x, y);
  };
  it('matches ISO 4 abbreviations with full names', () => {
    expect(sim('J Med Educ', 'Journal of Medical Education')).toBe(1);
    expect(sim('Curr Opin Lipidol', 'Current Opinion in Lipidology')).toBe(1);
    expect(sim('N Engl J Med', 'The New England Journal of Medicine')).toBe(1);
    expect(sim('Proc Natl Acad Sci U S A', 'Proceedings of the National Academy of Sciences of the United States of America')).toBe(1);
    expect(sim('Cochrane Database Syst Rev', 'The Cochrane database of systematic reviews')).toBe(1);
  });
  it('matches acronyms but not a journal with a conference of the same acronym', () => {
    expect(sim('ICIS', 'International Conference on Information Systems')).toBeGreaterThanOrEqual(0.9);
    expect(sim('VLDB Journal', 'Very Large Data Bases')).toBeLessThan(0.9);
  });
  it('tells different journals apart', () => {
    expect(sim('Diabetes', 'Diabetes Care')).toBeLessThan(0.9);
    expect(sim('Journal of Clinical Oncology', 'Annals of Oncology')).toBeLessThan(0.5);
  });
  it('reads the venue kind and meeting abstracts in journals', () => {
    expect(analyseVenue('Workshop of Digital Studies')?.kind).toBe('workshop');
    expect(analyseVenue('Americas Conference on Information Systems')?.kind).toBe('conference');
    expect(analyseVenue('medRxiv')?.kind).toBe('preprint');
    const embase = analyseVenue("Circulation. Conference: American Heart Association's Scientific Sessions");
    expect(embase?.norm).toBe('circulation');
    expect(embase?.abstracts).toBe(true);
  });
});

describe('identifiers and locators', () => {
  it('normalises DOIs and rejects stubs', () => {
    expect(analyseDoi('https://doi.org/10.1097/MOL.0b013e3282ffaf82')?.doi).toBe('10.1097/mol.0b013e3282ffaf82');
    expect(analyseDoi('10.17705/1CAIS.')?.doi).toBe('10.17705/1cais');
    expect(analyseDoi('10.1000/')).toBeUndefined();
  });
  it('relates DOIs: equal, cut short, Cochrane versions, different', () => {
    const d = (v: string) => analyseDoi(v) ?? (() => { throw new Error(v); })();
    expect(relateDois(d('10.17705/1CAIS.04204'), d('10.17705/1CAIS.'))).toBe('truncated');
    expect(relateDois(d('10.1002/14651858.CD002273.pub2'), d('10.1002/14651858.CD002273.pub3'))).toBe('versions');
    expect(relateDois(d('10.1371/journal.pone.0206969'), d('10.1371/journal.pone.0206970'))).toBe('different');
    expect(analyseDoi('10.1101/2020.03.01.20029645')?.preprint).toBe(true);
    expect(analyseDoi('10.1101/gr.123456.111')?.preprint).toBe(false);
  });
  it('expands abbreviated page ranges and reads supplements', () => {
    expect(parsePages('221-8')).toEqual({ start: '221', end: '228', supplement: false });
    expect(parsePages('pp. 1099--1103')).toEqual({ start: '1099', end: '1103', supplement: false });
    expect(parsePages('S78-S89')?.supplement).toBe(true);
    expect(parsePages('(no pagination)')).toBeUndefined();
    expect(locatorKey('4 (1) (no pagination)')).toBe('4');
    expect(locatorKey('UNKNOWN')).toBeUndefined();
    expect(standardNumbers('0957-9672 (Print)\n0957-9672')).toEqual(['09579672']);
  });
});
