import { prng } from '../support.js';

const words = 'return migration international medical graduates doctors home country experience reintegration health workforce qualitative study interviews family career training abroad policy retention motivation professional development system private practice knowledge transfer barriers support culture identity belonging'.split(' ');
const surnames = ['Pérez', 'Nkomazana', 'Motlhatlhedi', 'Arif', 'Oman', 'Humphries', 'Adzei', 'Abdalla', 'Gaviria', 'Wintrob', "O'Brien", 'Müller', 'Søgaard', 'Nguyễn', 'Smith'];
const journals = ['Human Resources for Health', 'PLoS One', 'BMC Medical Education', 'Medical Education', 'The Clinical Teacher', 'Social Science & Medicine'];

/** A realistic RIS export (Ovid-like field set, with abstracts, keywords, CRLF) of `n` records. */
export function generateRis(n: number, seed = 42): string {
  const rnd = prng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const sentence = (k: number): string => Array.from({ length: k }, () => pick(words)).join(' ');
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    const year = 1975 + Math.floor(rnd() * 50);
    const sp = 1 + Math.floor(rnd() * 900);
    const lines = [
      'TY  - JOUR',
      `ID  - ${i + 1}`,
      `T1  - ${sentence(8 + Math.floor(rnd() * 8))}`,
      ...Array.from({ length: 1 + Math.floor(rnd() * 6) }, () => `A1  - ${pick(surnames)}, ${String.fromCharCode(65 + Math.floor(rnd() * 26))}.`),
      `Y1  - ${year}//`,
      `JF  - ${pick(journals)}`,
      `VL  - ${1 + Math.floor(rnd() * 60)}`,
      `IS  - ${1 + Math.floor(rnd() * 12)}`,
      `SP  - ${sp}`,
      `EP  - ${sp + Math.floor(rnd() * 20)}`,
      `N2  - ${sentence(120 + Math.floor(rnd() * 120))}`,
      ...Array.from({ length: 3 }, () => `KW  - ${sentence(2)}`),
      `DO  - 10.${1000 + Math.floor(rnd() * 9000)}/bench.${i}`,
      `UR  - https://example.org/record/${i}`,
      'ER  - ',
      '',
    ];
    out.push(lines.join('\r\n'));
  }
  return out.join('\r\n');
}
