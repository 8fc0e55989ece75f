import { describe, expect, it } from 'vitest';
import { buildReport } from './build.js';
import { reportHtml } from './render/html.js';
import { hostileReportInput } from './test-support/hostile.js';
import { sevenStudiesReportInput } from './test-support/seven-studies-report.js';

describe('reportHtml', () => {
  const html = reportHtml(buildReport(hostileReportInput()));

  it('is one self-contained document: language, inline style, contents, no scripts and no remote resources', () => {
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="en">')).toBe(true);
    expect(html).toContain('<style>');
    expect(html).toContain('<nav class="toc" aria-label="Contents">');
    expect(html).toContain("Content-Security-Policy\" content=\"default-src 'none'");
    expect(html).not.toMatch(/<script/i);
    // A URL typed by a user is shown as text; none is ever an attribute the browser would load.
    expect(html).not.toMatch(/=\s*["']?\s*https?:/i);
    expect(reportHtml(buildReport(sevenStudiesReportInput().input))).not.toMatch(/https?:\/\//i);
    // Attributes of real tags (escaped text has no `<`): only in-page links, no sources, no handlers.
    const tags = [...html.matchAll(/<[a-zA-Z][^>]*>/g)].map((m) => m[0]);
    for (const tag of tags) {
      expect(tag).not.toMatch(/\s(src|srcset|action|formaction|xlink:href|on[a-z]+)\s*=/i);
      for (const m of tag.matchAll(/\shref\s*=\s*"([^"]*)"/gi)) expect(m[1]?.startsWith('#')).toBe(true);
    }
    expect(html).not.toMatch(/url\(|@import|<link|<iframe|<object|<embed|<base/i);
    expect(html).not.toMatch(/<img/i);
    // eslint-disable-next-line no-control-regex -- looking for control characters is the point
    expect(html).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
  });

  it('prints hostile text as text', () => {
    expect(html).toContain('<title>Review &lt;script&gt;alert(1)&lt;/script&gt;</title>');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('=HYPERLINK(&quot;');
    expect(html).toContain('| pipe | **bold** [link](');
    expect(html).toContain('bell\uFFFD and nul\uFFFD');
    // The only tags are ours.
    const tags = new Set([...html.matchAll(/<\/?([a-zA-Z][a-zA-Z0-9]*)/g)].map((m) => m[1]?.toLowerCase()));
    const allowed = ['html', 'head', 'meta', 'title', 'style', 'body', 'header', 'nav', 'main', 'section', 'h1', 'h2', 'h3', 'h4', 'h5', 'p', 'strong', 'em', 'ol', 'ul', 'li', 'a', 'div', 'table', 'caption', 'thead', 'tbody', 'tr', 'th', 'td', 'figure', 'figcaption', 'blockquote', 'footer', 'svg', 'desc', 'rect', 'g', 'text', 'polyline', 'polygon', 'line', 'path'];
    for (const t of tags) expect(allowed).toContain(t);
  });

  it('inlines the figures and links the contents to the sections', () => {
    const clean = reportHtml(buildReport(sevenStudiesReportInput().input));
    expect(clean.match(/<svg /g)).toHaveLength(3);
    expect(clean).toContain('<a href="#s-methods-search">Searching</a>');
    expect(clean).toContain('<section id="s-methods-search">');
    expect(clean).toContain('<section id="s-methods" class="major">');
    expect(clean).toContain('@page { size: A4;');
    expect(clean).toContain('<blockquote class="participant">');
    for (const id of [...clean.matchAll(/href="#([^"]+)"/g)].map((m) => m[1])) expect(clean).toContain(`id="${id}"`);
  });
});
