/**
 * One `<record>…</record>` of an EndNote XML file to its fields, in document order, as
 * `[path, text]` pairs: `titles/title`, `contributors/authors/author`, `ref-type@name`… EndNote wraps
 * text in `<style>` runs (several per value when formatting changes mid-title); their text is joined.
 */
import { XMLParser } from 'fast-xml-parser';
import type { RawField } from '../../records/record.js';

// Entities are decoded by `decodeEntities` below: the parser's HTML-entity support is three times
// slower on multi-megabyte files and EndNote only uses XML's five and numeric references.
const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  processEntities: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
});

const xmlEntities: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** `&amp;`, `&#xD;`, `&#233;` → characters, in one pass (so `&amp;lt;` stays `&lt;`). */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(?:#x([0-9a-fA-F]+)|#(\d+)|(amp|lt|gt|quot|apos));/g, (whole, hex?: string, dec?: string, name?: string) => {
    const code = hex ? parseInt(hex, 16) : dec ? parseInt(dec, 10) : undefined;
    if (code !== undefined) return code === 13 ? '\n' : code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    return (name && xmlEntities[name]) ?? whole;
  });
}

type XmlNode = Record<string, unknown>;

const isNodeList = (v: unknown): v is XmlNode[] => Array.isArray(v);

/** Inline elements whose text belongs to their parent's value. */
const inline = new Set(['style', 'b', 'i', 'u', 'sup', 'sub']);

function tagOf(node: XmlNode): string | undefined {
  for (const k of Object.keys(node)) if (k !== ':@') return k;
  return undefined;
}

function textOf(nodes: readonly XmlNode[]): string {
  let out = '';
  for (const node of nodes) {
    const tag = tagOf(node);
    if (tag === '#text') out += String(node['#text']);
    else if (tag !== undefined) {
      const children = node[tag];
      if (isNodeList(children)) out += textOf(children);
    }
  }
  return out;
}

function hasBlockChildren(nodes: readonly XmlNode[]): boolean {
  return nodes.some((n) => {
    const tag = tagOf(n);
    return tag !== undefined && tag !== '#text' && !inline.has(tag);
  });
}

function flatten(nodes: readonly XmlNode[], prefix: string, out: RawField[]): void {
  for (const node of nodes) {
    const tag = tagOf(node);
    if (tag === undefined || tag === '#text') continue;
    const path = prefix ? `${prefix}/${tag}` : tag;
    const attrs = node[':@'];
    if (attrs && typeof attrs === 'object') {
      for (const [name, value] of Object.entries(attrs)) out.push([`${path}@${name}`, decodeEntities(String(value))]);
    }
    const children = node[tag];
    if (!isNodeList(children)) continue;
    if (hasBlockChildren(children)) flatten(children, path, out);
    else {
      const text = decodeEntities(textOf(children));
      if (text.trim() !== '') out.push([path, text]);
    }
  }
}

export type XmlRecordResult = { fields: RawField[] } | { error: string; line: number };

const lineIn = (xml: string, offset: number): number => xml.slice(0, offset).split('\n').length;

const tagPattern = /<(\/?)([^\s/>!?]+)[^>]*?(\/?)>|<!\[CDATA\[[\s\S]*?\]\]>|<!--[\s\S]*?-->|<[?!][^>]*>/g;

/**
 * Well-formedness of the element structure: every tag closed, in order. fast-xml-parser reads
 * `<title>x</secondary-title>` without complaint, and its full validator costs a second parse; this
 * one pass over the tags finds what EndNote files actually get wrong (cut or mismatched elements).
 */
function checkNesting(xml: string): { error: string; line: number } | undefined {
  const stack: { name: string; at: number }[] = [];
  tagPattern.lastIndex = 0;
  for (let m = tagPattern.exec(xml); m; m = tagPattern.exec(xml)) {
    const name = m[2];
    if (name === undefined || m[3] === '/') continue;
    if (m[1] !== '/') {
      stack.push({ name, at: m.index });
      continue;
    }
    const open = stack.pop();
    if (open?.name !== name) {
      const error = open ? `closing tag '${name}' does not match the open '${open.name}'` : `closing tag '${name}' has no opening tag`;
      return { error, line: lineIn(xml, m.index) };
    }
  }
  const unclosed = stack.pop();
  return unclosed ? { error: `tag '${unclosed.name}' is never closed`, line: lineIn(xml, unclosed.at) } : undefined;
}

/** Parse one record's XML text; `line` in an error is relative to the record's first line (1-based). */
export function readXmlRecord(xml: string): XmlRecordResult {
  const broken = checkNesting(xml);
  if (broken) return broken;
  let doc: unknown;
  try {
    doc = parser.parse(xml);
  } catch (e) {
    return { error: e instanceof Error ? e.message : String(e), line: 1 };
  }
  const fields: RawField[] = [];
  if (!isNodeList(doc)) return { fields };
  const record = doc.find((n) => tagOf(n) === 'record');
  const children = record?.['record'];
  if (isNodeList(children)) flatten(children, '', fields);
  return { fields };
}
