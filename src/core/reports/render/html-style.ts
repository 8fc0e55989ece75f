/**
 * The report's one stylesheet, inlined in the HTML so the file stands alone (no external requests): a
 * readable screen layout, and print rules for A4 — major parts start on a new page, table headers repeat,
 * rows and figures are not split, and long cells wrap instead of overflowing the page.
 */
export const reportCss = `
:root { color-scheme: light; --ink: #1a1a1a; --muted: #555; --rule: #c8ccd2; --accent: #1f4e79; --notice: #fff4d6; --missing: #fdecea; }
* { box-sizing: border-box; }
html { font-family: Georgia, 'Times New Roman', serif; font-size: 11pt; line-height: 1.5; color: var(--ink); background: #fff; }
body { margin: 0 auto; max-width: 62rem; padding: 2rem 1.5rem 4rem; }
h1, h2, h3, h4, h5 { font-family: Arial, Helvetica, 'Liberation Sans', sans-serif; line-height: 1.25; color: var(--accent); break-after: avoid; }
h1 { font-size: 1.9rem; margin: 0 0 0.8rem; }
h2 { font-size: 1.45rem; margin: 2.2rem 0 0.8rem; border-bottom: 2px solid var(--accent); padding-bottom: 0.2rem; }
h3 { font-size: 1.2rem; margin: 1.8rem 0 0.6rem; }
h4 { font-size: 1.05rem; margin: 1.4rem 0 0.5rem; }
h5 { font-size: 1rem; margin: 1.2rem 0 0.4rem; color: var(--ink); }
p { margin: 0 0 0.8rem; }
p.notice { background: var(--notice); border: 2px solid #b7791f; padding: 0.8rem 1rem; font-size: 1.05rem; }
p.missing { background: var(--missing); border-left: 4px solid #a4372a; padding: 0.5rem 0.8rem; font-style: italic; }
p.missing::before { content: "⚠ "; font-style: normal; }
p.note { font-size: 0.9rem; color: var(--muted); }
nav.toc { border: 1px solid var(--rule); padding: 0.8rem 1.2rem; margin: 1.5rem 0; font-family: Arial, Helvetica, sans-serif; font-size: 0.95rem; }
nav.toc h2 { border: 0; margin: 0 0 0.4rem; font-size: 1.1rem; }
nav.toc ol { margin: 0.2rem 0; padding-left: 1.4rem; }
nav.toc a { color: var(--accent); text-decoration: none; }
.table-wrap { margin: 1rem 0 1.4rem; overflow-x: auto; }
table { border-collapse: collapse; width: 100%; font-family: Arial, Helvetica, 'Liberation Sans', sans-serif; font-size: 0.85rem; }
table.wide { font-size: 0.75rem; }
caption { caption-side: top; text-align: left; font-size: 0.95rem; margin-bottom: 0.4rem; color: var(--ink); }
th, td { border: 1px solid var(--rule); padding: 0.3rem 0.4rem; vertical-align: top; text-align: left; white-space: pre-line; overflow-wrap: break-word; hyphens: auto; }
thead th { background: #e8eef5; }
.table-note { font-size: 0.8rem; color: var(--muted); margin: 0.3rem 0 0; }
figure { margin: 1.2rem 0; }
figure .svg svg { max-width: 100%; height: auto; display: block; }
figcaption { font-size: 0.95rem; margin-top: 0.4rem; }
blockquote { margin: 0.6rem 0 0.8rem 1.5rem; padding: 0.3rem 0 0.3rem 0.9rem; border-left: 3px solid var(--rule); }
blockquote.participant p { font-style: italic; }
blockquote p { margin: 0 0 0.2rem; }
blockquote footer { font-size: 0.85rem; color: var(--muted); }
@page { size: A4; margin: 18mm 16mm 20mm; }
@media print {
  html { font-size: 10pt; }
  body { max-width: none; padding: 0; }
  .major { break-before: page; }
  nav.toc { break-after: page; }
  .table-wrap { overflow: visible; }
  thead { display: table-header-group; }
  tr, figure, blockquote, p.notice { break-inside: avoid; }
  a { color: inherit; }
}
`;
