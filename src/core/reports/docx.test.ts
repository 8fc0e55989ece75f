import { inflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { AppError } from '../errors.js';
import { buildReport } from './build.js';
import { reportTables } from './model.js';
import { pngSize, reportDocx } from './render/docx.js';
import { hostileReportInput } from './test-support/hostile.js';
import { sevenStudiesGeneratedAt, sevenStudiesReportInput } from './test-support/seven-studies-report.js';

/** The files of a zip archive (stored or deflated entries), read through its central directory. */
function unzip(bytes: Uint8Array): Map<string, string> {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = buf.length - 22;
  while (end >= 0 && buf.readUInt32LE(end) !== 0x06054b50) end--;
  if (end < 0) throw new Error('not a zip file');
  const entries = buf.readUInt16LE(end + 10);
  let at = buf.readUInt32LE(end + 16);
  const files = new Map<string, string>();
  for (let i = 0; i < entries; i++) {
    if (buf.readUInt32LE(at) !== 0x02014b50) throw new Error('bad central directory');
    const method = buf.readUInt16LE(at + 10);
    const size = buf.readUInt32LE(at + 20);
    const nameLength = buf.readUInt16LE(at + 28);
    const extraLength = buf.readUInt16LE(at + 30);
    const commentLength = buf.readUInt16LE(at + 32);
    const local = buf.readUInt32LE(at + 42);
    const name = buf.toString('utf8', at + 46, at + 46 + nameLength);
    const dataStart = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    const data = buf.subarray(dataStart, dataStart + size);
    files.set(name, (method === 8 ? inflateRawSync(data) : data).toString('utf8'));
    at += 46 + nameLength + extraLength + commentLength;
  }
  return files;
}

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
