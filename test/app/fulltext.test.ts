import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { PDFDocument, StandardFonts, rgb } from 'pdf-lib';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractPdfText, renderTextPdf, type ExtractedPdf, type PageText, type TextDocument } from '../../src/app/fulltext/index.js';
import { anchor, describe as describeSpan } from '../../src/core/anchoring/index.js';
import { AppError } from '../../src/core/errors.js';

/** The AppError a promise rejects with (fails the test if it resolves or rejects with anything else). */
async function failure(p: Promise<unknown>): Promise<AppError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof AppError) return e;
    throw e;
  }
  throw new Error('expected the promise to reject');
}

const fixture = (name: string): Buffer => readFileSync(new URL(`../fixtures/${name}`, import.meta.url));
const words = (s: string): string => s.replace(/\s+/g, ' ').trim();

// Invented for these tests; accents, curly quotes and dashes on purpose.
const article: TextDocument = {
  title: 'Going home: return migration of internationally educated nurses to Colombia and Spain',
  authors: 'Lucía Fernández-Ibáñez, Jürgen Köhler and Siobhán Ní Bhriain',
  source: 'Journal of Health Workforce Mobility 14(2): 101–118',
  note: 'Illustrative text written for the metaethno tests',
  sections: [
    {
      heading: 'Background',
      paragraphs: [
        'Return migration of health workers is usually described as a loss reversed. Governments count returning nurses as recovered investment, and recruiters describe return as the end of a migration cycle. Much less is known about how the returning nurses themselves understand going home, or about what they find when they arrive.',
        'Earlier studies of internationally educated nurses concentrated on departure: the push of low pay and unsafe staffing, the pull of recruitment campaigns, and the ethics of active recruitment from countries with shortages. Return appears in these studies, if at all, as an intention reported at the time of emigration.',
        'This study asked nurses who had worked in the United Kingdom, Germany or Ireland for at least three years, and had since returned to Colombia or Spain, how they decided to return and how they re-entered practice. We were particularly interested in the months after arrival, which the literature passes over in a sentence.',
      ],
    },
    {
      heading: 'Methods',
      paragraphs: [
        'We used an interpretive descriptive design. Twenty-four nurses took part: fourteen in Colombia (Bogotá, Medellín and Cúcuta) and ten in Spain (Madrid, Sevilla and A Coruña). Participants were recruited through professional associations and by snowball sampling; none were known to the interviewers before the study.',
        'Interviews lasted between fifty and ninety minutes, were held in Spanish or English at the participant’s choice, and were audio-recorded and transcribed verbatim. Spanish transcripts were analysed in Spanish; quotations in this paper were translated by two bilingual authors and checked against the recording.',
        'Analysis followed the constant comparative method. Two authors coded the first six transcripts independently and met to agree a coding frame; the frame was revised twice as later interviews were coded. Memos recorded each revision and the reasons for it, and the full team discussed the emerging categories monthly.',
        'The study was approved by the research ethics committees of the participating universities. Participants gave written consent, chose their own pseudonyms, and were offered the chance to review their transcripts; five did so and two asked for minor corrections.',
      ],
    },
    {
      heading: 'Findings',
      paragraphs: [
        'Participants described return as a decision made many times over. Marisol, who had worked in intensive care in Manchester for six years, said: “I decided to go back every winter, and every spring I decided to stay one more year.” The decision was rarely triggered by a single event; it accumulated.',
        'Family obligations dominated the accounts. Ageing parents, a sibling’s illness, or the wish that children should grow up speaking Spanish at home were named by almost everyone. Several participants spoke of return as repaying a debt — not a financial one, but the care their families had given them.',
        'Re-entry to practice was harder than participants had expected. Qualifications earned abroad were recognised slowly, and experience abroad was often not counted towards seniority. Andrés described being placed on the same grade as nurses he had trained before he left: “On paper I had been away, not working.”',
        'Yet participants also described what they brought back. They spoke of protocols for pressure-ulcer prevention, of structured handovers, and of a confidence in speaking to physicians that colleagues at home first found surprising. Some became informal trainers; a few were later given formal roles in quality improvement.',
        'A recurring theme was the sense of being a stranger in a familiar place. Participants had changed, and so had their hospitals and their friends. Lucía put it simply: “I came home, but home had moved on without me.” For some this passed within a year; for others it had not passed at the time of interview.',
        'Participants in Spain more often described return as temporary or provisional, keeping their registration abroad active “just in case”. Participants in Colombia more often described it as final, although several said that they would consider leaving again if conditions in public hospitals did not improve.',
      ],
    },
    {
      heading: 'Discussion',
      paragraphs: [
        'Return was neither the end of a cycle nor a simple recovery of investment. It was an extended, reversible process shaped by family, by the recognition of experience, and by the returning nurse’s changed sense of self. Health systems that want to benefit from returning nurses need to count experience gained abroad, not merely register it.',
        'The study has limitations. Participants were recruited through associations and networks, and nurses who returned in difficult circumstances may be under-represented. Interviews took place between six months and eight years after return, and accounts of the early months may have been reshaped by what came later.',
        'Our findings echo studies of returning physicians, who also described a period of professional invisibility after return. They differ in one respect: the nurses in this study rarely described return as a career move, and most accepted a loss of status as the price of being near their families.',
      ],
    },
    {
      heading: 'Implications for policy and practice',
      paragraphs: [
        'Three practical steps follow from these accounts. Registration bodies could recognise experience abroad at the point of return rather than after a probationary period. Employers could offer returning nurses a structured re-orientation, as they already do for nurses recruited from abroad. And professional associations could keep contact with members who emigrate, so that return is planned with them rather than discovered afterwards.',
        'Recognising what returning nurses bring back also matters for retention. Several participants who left again after return told us that it was not pay that decided them, but the sense that their experience counted for nothing. “They wanted me to forget what I had learnt,” said Rocío, “and I could not.”',
      ],
    },
    {
      heading: 'Conclusion',
      paragraphs: [
        'Going home was, for these nurses, a long and uncertain passage rather than an event. Health systems that wish to welcome them back will need to see return as they do: as the continuation of a career, not its interruption.',
      ],
    },
  ],
};

/** A different study that shares no passage with `article`. */
const otherArticle: TextDocument = {
  title: 'Community pharmacists and deprescribing in rural Scotland',
  sections: [
    {
      heading: 'Introduction',
      paragraphs: [
        'Deprescribing is the planned reduction or withdrawal of medicines that no longer benefit a patient. In rural practice the community pharmacist is often the health professional whom older patients see most often.',
        'We interviewed eighteen pharmacists working in the Highlands and Islands about their part in deprescribing conversations with general practitioners and patients.',
      ],
    },
  ],
};

const paragraphs = article.sections.flatMap((s) => s.paragraphs);
const sentences = paragraphs.flatMap((p) => p.split(/(?<=[.!?”])\s+(?=[A-Z“])/));

/** Where `passage` sits in a page's text, allowing line breaks wherever the passage has a space. */
function locate(pages: readonly PageText[], passage: string): { page: number; start: number; end: number } | undefined {
  const pattern = new RegExp(passage.split(/\s+/).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+'));
  for (const p of pages) {
    const m = pattern.exec(p.text);
    if (m) return { page: p.page, start: m.index, end: m.index + m[0].length };
  }
  return undefined;
}

describe('renderTextPdf and extractPdfText', () => {
  let bytes: Uint8Array;
  let extracted: ExtractedPdf;

  beforeAll(async () => {
    bytes = await renderTextPdf(article);
    extracted = await extractPdfText(bytes);
  });

  it('gives back a three-page article: metadata, every paragraph on one page in order, accents and punctuation intact', () => {
    expect(extracted.pageCount).toBe(3);
    expect(extracted.pages.map((p) => p.page)).toEqual([1, 2, 3]);
    expect(extracted.title).toBe(article.title);
    const first = extracted.pages[0]!;
    expect(first.width).toBeCloseTo(595.28, 1);
    expect(first.height).toBeCloseTo(841.89, 1);
    expect(first.text.startsWith('Illustrative text written for the metaethno tests\n')).toBe(true);
    expect(first.text).toContain('Lucía Fernández-Ibáñez, Jürgen Köhler and Siobhán Ní Bhriain');
    expect(first.text).toContain('101–118');

    const normalised = extracted.pages.map((p) => words(p.text));
    const pageOf = paragraphs.map((paragraph) => {
      const on = normalised.flatMap((text, i) => (text.includes(words(paragraph)) ? [i + 1] : []));
      expect(on, paragraph.slice(0, 40)).toHaveLength(1);
      return on[0]!;
    });
    expect(pageOf[0]).toBe(1);
    expect(pageOf.at(-1)).toBe(3);
    expect(pageOf).toEqual([...pageOf].sort((a, b) => a - b));
    expect(new Set(pageOf)).toEqual(new Set([1, 2, 3]));

    const all = extracted.pages.map((p) => p.text).join('\n');
    for (const exact of ['“I came home, but home had moved on without me.”', 'a debt — not a financial one', 'participant’s choice', 'Bogotá, Medellín', 'A Coruña']) {
      expect(words(all)).toContain(exact);
    }
    // Page numbers at the foot, then nothing: trailing whitespace is trimmed.
    extracted.pages.forEach((p) => expect(p.text.endsWith(`\n${p.page}`)).toBe(true));
  });

  it('places spans inside the text and the page, in order', () => {
    for (const p of extracted.pages) {
      // The renderer draws each line with one text operator, so pdf.js gives one run per line.
      expect(p.spans).toHaveLength(p.text.split('\n').length);
      let previousEnd = 0;
      for (const s of p.spans) {
        expect(s.start).toBeGreaterThanOrEqual(previousEnd);
        expect(s.end).toBeGreaterThan(s.start);
        expect(s.end).toBeLessThanOrEqual(p.text.length);
        expect(s.x).toBeGreaterThanOrEqual(0);
        expect(s.x + s.width).toBeLessThanOrEqual(p.width);
        expect(s.y).toBeGreaterThanOrEqual(0);
        expect(s.y + s.height).toBeLessThanOrEqual(p.height);
        previousEnd = s.end;
      }
      // Lines read downwards: each line's span sits lower on the page than the one before.
      const lineTops = p.spans.map((s) => s.y);
      expect(lineTops).toEqual([...lineTops].sort((a, b) => a - b));
    }
    // The title's span is on top of page 1, in the title's size.
    const title = extracted.pages[0]!.spans.find((s) => extracted.pages[0]!.text.slice(s.start, s.end).startsWith('Going home'))!;
    expect(title.height).toBe(18);
    expect(title.y).toBeLessThan(120);
  });

  it('is deterministic: the same document gives the same bytes, the same bytes the same text', async () => {
    const again = await renderTextPdf(article);
    expect(Buffer.from(again).equals(Buffer.from(bytes))).toBe(true);
    const dated = await renderTextPdf(article, { date: new Date('2024-03-01T00:00:00Z') });
    expect(Buffer.from(dated).equals(Buffer.from(bytes))).toBe(false);
    expect((await extractPdfText(dated)).pages).toEqual(extracted.pages);

    const reExtracted = await extractPdfText(bytes);
    expect(reExtracted).toEqual(extracted);
    // From a Buffer (as read from disk) too, and the caller's bytes are left whole.
    expect(await extractPdfText(Buffer.from(bytes))).toEqual(extracted);
    expect(bytes.byteLength).toBe(again.byteLength);
  });

  it('replaces characters the standard fonts cannot encode instead of throwing', async () => {
    const pdf = await renderTextPdf({
      title: 'Łódź and Dvořák',
      sections: [{ paragraphs: ['The ﬁnal score was α ≥ 0.8 in Łódź — see Dvořák’s note\u00ad on "tabs"\tand\u00a0spaces.'] }],
    });
    const result = await extractPdfText(pdf);
    expect(result.title).toBe('Lódz and Dvorák');
    expect(words(result.pages[0]!.text)).toContain('The final score was ? >= 0.8 in Lódz — see Dvorák’s note on "tabs" and spaces.');
  });

  it('puts one space between words drawn apart on a line, none between runs that touch', async () => {
    // As typesetters often write: each word or fragment its own text operator, in changing fonts, no space glyphs.
    const pdf = await PDFDocument.create();
    const regular = await pdf.embedFont(StandardFonts.Helvetica);
    const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
    const page = pdf.addPage([595.28, 841.89]);
    let x = 72;
    for (const [word, gap, font] of [['Return', 4, bold], ['migration', 0, regular], ['al', 0.5, bold], ['ways', 3, regular], ['home.', 0, regular]] as const) {
      page.drawText(word, { x, y: 700, size: 12, font });
      x += font.widthOfTextAtSize(word, 12) + gap;
    }
    page.drawText('Next line', { x: 72, y: 684, size: 12, font: regular });
    const text = (await extractPdfText(await pdf.save())).pages[0]!.text;
    expect(text).toBe('Return migrationalways home.\nNext line');
  });

  it('returns empty pages, not an error, for a PDF without text (a scan)', async () => {
    const scan = await PDFDocument.create();
    for (let i = 0; i < 2; i++) scan.addPage([595.28, 841.89]).drawRectangle({ x: 50, y: 50, width: 495, height: 740, color: rgb(0.9, 0.9, 0.85) });
    const result = await extractPdfText(await scan.save());
    expect(result).toEqual({
      pageCount: 2,
      pages: [1, 2].map((page) => ({ page, width: 595.28, height: 841.89, text: '', spans: [] })),
    });
  });

  describe('anchoring excerpts in the extracted text', () => {
    const passage = 'Several participants spoke of return as repaying a debt — not a financial one, but the care their families had given them.';

    it('finds an excerpt again at the same span after re-extraction, and not in another study', async () => {
      const at = locate(extracted.pages, passage)!;
      expect(at).toBeDefined();
      const text = extracted.pages[at.page - 1]!.text;
      expect(words(text.slice(at.start, at.end))).toBe(passage);
      const selectors = describeSpan(text, at.start, at.end, at.page);

      const again = await extractPdfText(bytes);
      expect(anchor(again.pages.map((p) => p.text), selectors)).toMatchObject({ orphan: false, method: 'position', page: at.page, start: at.start, end: at.end });

      const other = await extractPdfText(await renderTextPdf(otherArticle));
      expect(anchor(other.pages.map((p) => p.text), selectors)).toEqual({ orphan: true, reason: 'not-found' });
    });

    it('property: any sentence described in the text anchors to the same span after re-extraction', async () => {
      await fc.assert(
        fc.asyncProperty(fc.integer({ min: 0, max: sentences.length - 1 }), async (i) => {
          const at = locate(extracted.pages, sentences[i]!)!;
          const selectors = describeSpan(extracted.pages[at.page - 1]!.text, at.start, at.end, at.page);
          const again = await extractPdfText(bytes);
          const found = anchor(again.pages.map((p) => p.text), selectors);
          expect(found).toMatchObject({ orphan: false, page: at.page, start: at.start, end: at.end });
        }),
        { numRuns: 8, seed: 20240301 },
      );
    });
  });
});

describe('extractPdfText on hostile input', () => {
  it.each<[string, () => Promise<Uint8Array> | Uint8Array, RegExp]>([
    ['empty bytes', () => new Uint8Array(0), /empty/],
    ['a DOCX (ZIP) file', () => Buffer.concat([Buffer.from('PK\x03\x04\x14\x00\x06\x00', 'latin1'), Buffer.from('[Content_Types].xml'), Buffer.alloc(200, 0)]), /PK.*ZIP/],
    ['an HTML page', () => Buffer.from('\uFEFF<!DOCTYPE html>\n<html lang="en"><head><title>Access denied</title></head><body>Sign in to read this article.</body></html>'), /HTML/],
    ['a truncated PDF', async () => (await renderTextPdf(article)).slice(0, 3000), /incomplete/],
    ['a PDF header on garbage', () => Buffer.concat([Buffer.from('%PDF-1.7\n'), pseudoRandomBytes(4000, 'garbage'), Buffer.from('\n%%EOF\n')]), /could not be read as a PDF/],
    ['an empty object with a PDF header (test/fixtures/not-an-export.pdf)', () => fixture('not-an-export.pdf'), /incomplete/],
  ])('rejects %s with PDF_UNREADABLE', async (_, make, message) => {
    const error = await failure(extractPdfText(await make()));
    expect(error.code).toBe('PDF_UNREADABLE');
    expect(error.category).toBe('invalid_input');
    expect(error.message).toMatch(message);
  });

  it('property: random bytes, bare or behind a PDF header, are rejected with PDF_UNREADABLE', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ minLength: 0, maxLength: 2000 }), fc.boolean(), async (random, withHeader) => {
        const bytes = withHeader ? Buffer.concat([Buffer.from('%PDF-1.4\n'), random, Buffer.from('\n%%EOF')]) : random;
        const error = await failure(extractPdfText(bytes));
        expect(error.code).toBe('PDF_UNREADABLE');
        // With a header and an end marker the bytes get past the cheap checks to pdf.js itself.
        if (withHeader) expect(error.message).toMatch(/could not be read as a PDF|damaged/);
      }),
      { numRuns: 20, seed: 7 },
    );
  });

  it('rejects a password-protected PDF with PDF_ENCRYPTED', async () => {
    const encrypted = encryptedPdf('Return was a decision made many times over.', 'secret');
    // The file is genuinely encrypted: with its password pdf.js reads the text.
    const opened = await getDocument({ data: new Uint8Array(encrypted), password: 'secret', verbosity: 0 }).promise;
    try {
      const content = await (await opened.getPage(1)).getTextContent();
      expect(content.items.map((item) => ('str' in item ? item.str : '')).join('')).toBe('Return was a decision made many times over.');
    } finally {
      await opened.destroy();
    }
    const error = await failure(extractPdfText(encrypted));
    expect(error.code).toBe('PDF_ENCRYPTED');
    expect(error.message).toMatch(/password/);
  });
});

/** Deterministic bytes that look random. */
function pseudoRandomBytes(length: number, seed: string): Buffer {
  const blocks: Buffer[] = [];
  for (let i = 0; blocks.length * 32 < length; i++) blocks.push(createHash('sha256').update(`${seed}:${i}`).digest());
  return Buffer.concat(blocks).subarray(0, length);
}

/**
 * A one-page PDF encrypted with the standard security handler (revision 2: RC4, 40-bit key), needing
 * `userPassword` to open. pdf-lib cannot encrypt, so the file is written by hand (PDF 1.7 §7.6.3, algorithms 2–4).
 */
function encryptedPdf(line: string, userPassword: string): Buffer {
  const padding = Buffer.from('28bf4e5e4e758a4164004e56fffa01082e2e00b6d0683e802f0ca9fe6453697a', 'hex');
  const pad = (password: string): Buffer => Buffer.concat([Buffer.from(password, 'latin1'), padding]).subarray(0, 32);
  const md5 = (...parts: Buffer[]): Buffer => createHash('md5').update(Buffer.concat(parts)).digest();
  const id = md5(Buffer.from(line));
  const permissions = -44; // print and copy allowed, as Acrobat writes for revision 2
  const ownerEntry = rc4(md5(pad('owner-password')).subarray(0, 5), pad(userPassword));
  const p = Buffer.alloc(4);
  p.writeInt32LE(permissions);
  const key = md5(pad(userPassword), ownerEntry, p, id).subarray(0, 5);
  const userEntry = rc4(key, padding);
  const objectKey = (num: number): Buffer => md5(key, Buffer.from([num & 0xff, (num >> 8) & 0xff, (num >> 16) & 0xff, 0, 0])).subarray(0, 10);

  const content = Buffer.from(`BT /F1 14 Tf 72 720 Td (${line}) Tj ET`, 'latin1');
  const stream = rc4(objectKey(4), content);
  const objects: Buffer[] = [
    Buffer.from('<< /Type /Catalog /Pages 2 0 R >>'),
    Buffer.from('<< /Type /Pages /Kids [3 0 R] /Count 1 >>'),
    Buffer.from('<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>'),
    Buffer.concat([Buffer.from(`<< /Length ${stream.length} >>\nstream\n`), stream, Buffer.from('\nendstream')]),
    Buffer.from('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>'),
    Buffer.from(`<< /Filter /Standard /V 1 /R 2 /O <${ownerEntry.toString('hex')}> /U <${userEntry.toString('hex')}> /P ${permissions} >>`),
  ];
  const chunks: Buffer[] = [Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  let length = chunks[0]!.length;
  const offsets = objects.map((body, i) => {
    const offset = length;
    const chunk = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`), body, Buffer.from('\nendobj\n')]);
    chunks.push(chunk);
    length += chunk.length;
    return offset;
  });
  const xref = ['xref', `0 ${objects.length + 1}`, '0000000000 65535 f ', ...offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n `)].join('\n');
  const trailer = `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Encrypt 6 0 R /ID [<${id.toString('hex')}> <${id.toString('hex')}>] >>\nstartxref\n${length}\n%%EOF\n`;
  chunks.push(Buffer.from(`${xref}\n${trailer}`));
  return Buffer.concat(chunks);
}

/** RC4, which node:crypto no longer offers under OpenSSL 3. */
function rc4(key: Buffer, data: Buffer): Buffer {
  const s = Array.from({ length: 256 }, (_, i) => i);
  for (let i = 0, j = 0; i < 256; i++) {
    j = (j + s[i]! + key[i % key.length]!) & 0xff;
    [s[i], s[j]] = [s[j]!, s[i]!];
  }
  const out = Buffer.alloc(data.length);
  for (let n = 0, i = 0, j = 0; n < data.length; n++) {
    i = (i + 1) & 0xff;
    j = (j + s[i]!) & 0xff;
    [s[i], s[j]] = [s[j]!, s[i]!];
    out[n] = data[n]! ^ s[(s[i]! + s[j]!) & 0xff]!;
  }
  return out;
}

describe('loading pdf.js', () => {
  it('leaves the engine’s own JSON functions in place (its legacy build polyfills them with slower ones)', () => {
    // In a fresh process, so that nothing has loaded pdf.js before the engine's functions are noted.
    const script = [
      "const { stringify, parse } = JSON;",
      "const { extractPdfText, renderTextPdf } = await import('./src/app/fulltext/index.ts');",
      "await extractPdfText(await renderTextPdf({ title: 'JSON', sections: [{ paragraphs: ['A short text.'] }] }));",
      "console.log(JSON.stringify === stringify && JSON.parse === parse ? 'native' : 'replaced');",
    ].join('\n');
    const run = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: fileURLToPath(new URL('../..', import.meta.url)), encoding: 'utf8' });
    expect(run.stdout.trim().split('\n').at(-1)).toBe('native');
  });
});
