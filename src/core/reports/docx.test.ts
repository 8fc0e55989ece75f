import { describe, expect, it } from 'vitest';
import { AppError } from '../errors.js';
import { buildReport } from './build.js';
import { reportTables } from './model.js';
import { pngSize, reportDocx } from './render/docx.js';
import { hostileReportInput } from './test-support/hostile.js';
import { unzip } from '../test-support/unzip.js';
import { sevenStudiesGeneratedAt, sevenStudiesReportInput } from './test-support/seven-studies-report.js';


const unescapeXml = (t: string): string =>
  t.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

// A 1 × 1 PNG.
const png = Uint8Array.from(Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64'));

describe('reportDocx', () => {
  const model = buildReport(sevenStudiesReportInput().input);

  it('writes a Word document with every heading and a real table per report table', async () => {
    const files = unzip(await reportDocx(model));
    const doc = files.get('word/document.xml') ?? '';
    const paragraphs = [...doc.matchAll(/<w:p>[\s\S]*?<\/w:p>|<w:p [\s\S]*?<\/w:p>/g)].map((m) => unescapeXml(m[0].replace(/<[^>]+>/g, '')));
    for (const s of model.sections) expect(paragraphs).toContain(s.heading);
    expect(doc.match(/<w:tbl>/g)).toHaveLength(reportTables(model).length);
    expect(doc.match(/<w:tblHeader\/>/g)?.length).toBe(reportTables(model).length);
    expect(doc).toContain('w:val="Heading1"');
    expect(doc).toContain('<w:pageBreakBefore/>');
    expect(doc).toContain('The figure is available as SVG and PNG in the download (figures/prisma.svg)');
    expect(doc).toContain('My mother was alone; there was no question of staying away');
  });

  it('fixes the document properties to the report, and writes the same document twice', async () => {
    const [a, b] = [unzip(await reportDocx(model)), unzip(await reportDocx(model))];
    const core = a.get('docProps/core.xml') ?? '';
    expect(core).toContain(`<dcterms:created xsi:type="dcterms:W3CDTF">${sevenStudiesGeneratedAt}</dcterms:created>`);
    expect(core).toContain('<dc:creator>metaethno</dc:creator>');
    expect(core).toContain('<cp:lastModifiedBy>metaethno</cp:lastModifiedBy>');
    expect(core).toContain("<dc:title>Returning home: international medical graduates' experiences of return migration</dc:title>");
    for (const part of ['word/document.xml', 'docProps/core.xml', 'word/styles.xml']) expect(a.get(part)).toBe(b.get(part));
  });

  it('escapes hostile text and replaces characters XML cannot carry', async () => {
    const doc = unzip(await reportDocx(buildReport(hostileReportInput()))).get('word/document.xml') ?? '';
    expect(doc).not.toContain('<script');
    expect(doc).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(doc).toContain('bell\uFFFD and nul\uFFFD');
  });

  it('embeds a figure when a PNG of it is passed in, and refuses anything that is not a PNG', async () => {
    expect(pngSize(png)).toEqual({ width: 1, height: 1 });
    const files = unzip(await reportDocx(model, { figurePngs: { prisma: png } }));
    expect([...files.keys()].some((k) => k.startsWith('word/media/') && k.endsWith('.png'))).toBe(true);
    expect(files.get('word/document.xml')).not.toContain('figures/prisma.svg');
    await expect(reportDocx(model, { figurePngs: { prisma: new Uint8Array([1, 2, 3]) } })).rejects.toBeInstanceOf(AppError);
  });
});
