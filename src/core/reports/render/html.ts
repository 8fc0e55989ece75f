/**
 * The report as ONE self-contained HTML document: inline CSS for screen and print, inline SVG figures, a
 * table of contents and nothing loaded from elsewhere. Every piece of text is escaped — abstracts, quotes
 * and notes are text, never markup — and a Content-Security-Policy forbids scripts and remote resources,
 * so even a file edited by hand cannot call out.
 */
import type { Inline, ReportBlock, ReportModel, ReportSection } from '../model.js';
import { reportCss } from './html-style.js';

// Characters HTML cannot carry (C0 controls other than tab/LF/CR, lone surrogates, U+FFFE/U+FFFF).
// eslint-disable-next-line no-control-regex -- matching control characters is the point here
const forbidden = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Escapes text for HTML content and double-quoted attribute values. */
export function escapeHtml(text: string): string {
  return text
    .replace(forbidden, '\uFFFD')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** A safe fragment id from a section, table or figure id; distinct ids stay distinct. */
const anchor = (id: string): string => `s-${id.replace(/[^A-Za-z0-9-]/g, (ch) => `_${(ch.codePointAt(0) ?? 0).toString(16)}_`)}`;

function inline(runs: Inline): string {
  return runs
    .map((r) => {
      const t = escapeHtml(r.text);
      return r.strong && r.em ? `<strong><em>${t}</em></strong>` : r.strong ? `<strong>${t}</strong>` : r.em ? `<em>${t}</em>` : t;
    })
    .join('');
}

/**
 * Our own SVG figures, inlined. They are generated with every text escaped; the namespace attribute is
 * dropped because HTML gives inline `<svg>` its namespace anyway (and the document then names no URL).
 */
function inlineSvg(svg: string): string {
  return svg.replace(/<\?xml[^>]*\?>\s*/, '').replace(' xmlns="http://www.w3.org/2000/svg"', '').trim();
}

function block(b: ReportBlock): string {
  switch (b.kind) {
    case 'paragraph':
      return b.tone === 'normal' ? `<p>${inline(b.runs)}</p>` : `<p class="${b.tone}">${inline(b.runs)}</p>`;
    case 'list': {
      const tag = b.ordered ? 'ol' : 'ul';
      return `<${tag}>\n${b.items.map((i) => `<li>${inline(i)}</li>`).join('\n')}\n</${tag}>`;
    }
    case 'table': {
      const t = b.table;
      const wide = t.header.length > 6 ? ' class="wide"' : '';
      const head = `<thead><tr>${t.header.map((h) => `<th scope="col">${escapeHtml(h)}</th>`).join('')}</tr></thead>`;
      const rows = t.rows.map((r) => `<tr>${t.header.map((_, i) => `<td>${escapeHtml(r[i] ?? '')}</td>`).join('')}</tr>`).join('\n');
      const notes = (t.notes ?? []).map((n) => `<p class="table-note">${escapeHtml(n)}</p>`).join('\n');
      return `<div class="table-wrap" id="${anchor(`table-${t.id}`)}">\n<table${wide}>\n<caption><strong>${escapeHtml(t.label)}.</strong> ${escapeHtml(t.caption)}</caption>\n${head}\n<tbody>\n${rows}\n</tbody>\n</table>\n${notes}\n</div>`;
    }
    case 'figure': {
      const f = b.figure;
      return `<figure id="${anchor(`figure-${f.id}`)}">\n<div class="svg" role="img" aria-label="${escapeHtml(f.alt)}">\n${inlineSvg(f.svg)}\n</div>\n<figcaption><strong>${escapeHtml(f.label)}.</strong> ${escapeHtml(f.caption)}</figcaption>\n</figure>`;
    }
    case 'quote': {
      const who = b.order === 1 ? 'participant' : 'authors';
      const source = `${b.order === 1 ? 'Participant' : 'Study authors'}, ${b.study}${b.page !== undefined ? `, p. ${b.page}` : ''}`;
      return `<blockquote class="${who}">\n<p>“${escapeHtml(b.text.trim())}”</p>\n<footer>— ${escapeHtml(source)}</footer>\n</blockquote>`;
    }
  }
}

function sectionHtml(s: ReportSection): string {
  const h = `h${s.level}`;
  const classes = s.major ? ' class="major"' : '';
  return `<section id="${anchor(s.id)}"${classes}>\n<${h}>${escapeHtml(s.heading)}</${h}>\n${s.blocks.map(block).join('\n')}\n</section>`;
}

/** The contents: major parts (level 2) with their subsections (level 3). */
function toc(model: ReportModel): string {
  const parts: { section: ReportSection; children: ReportSection[] }[] = [];
  for (const s of model.sections) {
    if (s.level === 2) parts.push({ section: s, children: [] });
    else if (s.level === 3) parts.at(-1)?.children.push(s);
  }
  const link = (s: ReportSection): string => `<a href="#${anchor(s.id)}">${escapeHtml(s.heading)}</a>`;
  const items = parts.map(({ section, children }) =>
    children.length > 0 ? `<li>${link(section)}\n<ol>\n${children.map((c) => `<li>${link(c)}</li>`).join('\n')}\n</ol>\n</li>` : `<li>${link(section)}</li>`,
  );
  return `<nav class="toc" aria-label="Contents">\n<h2>Contents</h2>\n<ol>\n${items.join('\n')}\n</ol>\n</nav>`;
}

export function reportHtml(model: ReportModel): string {
  const [first, ...rest] = model.sections;
  const lang = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/.test(model.lang) ? model.lang : 'en';
  return [
    '<!DOCTYPE html>',
    `<html lang="${lang}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
    '<meta name="generator" content="metaethno">',
    `<title>${escapeHtml(model.title)}</title>`,
    `<style>${reportCss}</style>`,
    '</head>',
    '<body>',
    first ? `<header>\n${sectionHtml(first)}\n</header>` : '',
    toc(model),
    '<main>',
    ...rest.map(sectionHtml),
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
