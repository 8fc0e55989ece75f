import { describe, expect, it } from 'vitest';
import { diag } from '../diagnostic.js';
import { createDiagnosticLog } from './diagnostic-log.js';
import { classifySerials, findPmid, parseDate, squash, stripPagePrefix, yearOf } from './values.js';

describe('parseDate', () => {
  it.each([
    ['2013/04/18', '2013-04-18'],
    ['2019//', '2019'],
    ['2021///', '2021'],
    ['2005/07/15/received', '2005-07-15'],
    ['2021-03-04', '2021-03-04'],
    ['2016 Apr 19', '2016-04-19'],
    ['2006 May-Jun', '2006-05'],
    ['2013 06 10', '2013-06-10'],
    ['2010   06', '2010-06'],
    ['AUG 1 2019', '2019-08-01'],
    ['1 Aug 2019', '2019-08-01'],
    ['04 2006', '2006-04'],
    ['September  1, 2021', '2021-09-01'],
    ['2006 Spring', '2006-03'],
    ['20160419', '2016-04-19'],
    ['Start date: 20170812', '2017-08-12'],
    ['c2001', '2001'],
    ['2021/02/30', '2021-02'],
  ])('%s → %s', (input, expected) => {
    expect(parseDate(input)).toBe(expected);
  });

  it('gives nothing for values without a plausible year', () => {
    expect(parseDate('10 15')).toBeUndefined();
    expect(parseDate('YEAR/MONTH/DAY/')).toBeUndefined();
    expect(parseDate('///')).toBeUndefined();
    expect(parseDate('')).toBeUndefined();
  });

  it('feeds yearOf when the year hides in a compact date', () => {
    expect(yearOf(['Start date: 20170812'])).toBe(2017);
    expect(yearOf([undefined, '99', '2001/09/01/'])).toBe(2001);
  });
});

describe('classifySerials', () => {
  it('tells ISSNs from ISBNs, also when one field holds both', () => {
    expect(classifySerials(['0894-9867, 0894-9867'])).toEqual({ issn: '0894-9867' });
    expect(classifySerials(['2325-9671 (electronic)'])).toEqual({ issn: '2325-9671' });
    expect(classifySerials(['978-3-86490-311-3'])).toEqual({ isbn: '9783864903113' });
    expect(classifySerials(['1234-567x; 0-306-40615-2'])).toEqual({ issn: '1234-567X', isbn: '0306406152' });
    expect(classifySerials(['kmptns'])).toEqual({});
  });
});

describe('identifiers in free text', () => {
  it('finds labelled PMIDs only', () => {
    expect(findPmid(['23690738[pmid]'])).toBe('23690738');
    expect(findPmid(['Accession Number: 1. PMID: 33012345.'])).toBe('33012345');
    expect(findPmid(['12345678'])).toBeUndefined();
  });

  it('strips page prefixes and squashes whitespace', () => {
    expect(stripPagePrefix('pp 37-64')).toBe('37-64');
    expect(stripPagePrefix('p. e0815')).toBe('e0815');
    expect(stripPagePrefix('Pages')).toBe('Pages');
    expect(squash('  a \t b\n c  ')).toBe('a b c');
    expect(squash(' \t ')).toBeUndefined();
  });
});

describe('createDiagnosticLog', () => {
  it('keeps the first diagnostics of each code and summarises the rest', () => {
    const log = createDiagnosticLog(2);
    for (let i = 1; i <= 5; i++) log.add(diag('RIS_TAG_AFTER_ER', 'info', `n${i}`, { line: i }));
    log.add(diag('RIS_BAD_YEAR', 'warning', 'y', { line: 9 }));
    log.close();
    expect(log.list.map((d) => [d.code, d.line])).toEqual([
      ['RIS_TAG_AFTER_ER', 1],
      ['RIS_TAG_AFTER_ER', 2],
      ['RIS_BAD_YEAR', 9],
      ['RIS_TAG_AFTER_ER', undefined],
    ]);
    expect(log.list[3]?.message).toContain('3 more');
  });
});
