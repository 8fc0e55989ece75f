import type { ReactNode } from 'react';
import type { Inline, ReportBlock, ReportModel, ReportSection } from '../../../core/reports/model.js';

/**
 * The report model rendered as the page shows it: the same sections, tables, figures and quotes as every
 * download, so what a reviewer reads here is what the journal gets. All text is rendered as text; figures
 * are shown as images (an SVG inside an <img> cannot run anything).
 */
function Runs({ runs }: { runs: Inline }): ReactNode {
  return (
    <>
      {runs.map((r, i) => {
        let node: ReactNode = r.text;
        if (r.em) node = <em>{node}</em>;
        if (r.strong) node = <strong>{node}</strong>;
        return <span key={i}>{node}</span>;
      })}
    </>
  );
}

function Block({ block }: { block: ReportBlock }): ReactNode {
  switch (block.kind) {
    case 'paragraph':
      return (
        <p className={`report-p report-p-${block.tone}`}>
          <Runs runs={block.runs} />
        </p>
      );
    case 'list': {
      const items = block.items.map((item, i) => (
        <li key={i}>
          <Runs runs={item} />
        </li>
      ));
      return block.ordered ? <ol>{items}</ol> : <ul>{items}</ul>;
    }
    case 'table':
      return (
        <div className="report-table-wrap" role="region" aria-label={`${block.table.label} ${block.table.caption}`} tabIndex={0}>
          <table className="table report-table">
            <caption>
              <strong>{block.table.label}.</strong> {block.table.caption}
            </caption>
            <thead>
              <tr>
                {block.table.header.map((h, i) => (
                  <th key={i} scope="col">
                    {h}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {block.table.rows.map((row, r) => (
                <tr key={r}>
                  {row.map((cell, c) => (
                    <td key={c}>{cell}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
          {block.table.notes?.map((n, i) => (
            <p key={i} className="report-p report-p-note">
              {n}
            </p>
          ))}
        </div>
      );
    case 'figure':
      return (
        <figure className="report-figure">
          <img src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(block.figure.svg)}`} alt={block.figure.alt} />
          <figcaption>
            <strong>{block.figure.label}.</strong> {block.figure.caption}
          </figcaption>
        </figure>
      );
    case 'quote':
      return (
        <blockquote className={`report-quote report-quote-${block.order}`}>
          <p>{block.order === 1 ? `“${block.text}”` : block.text}</p>
          <footer>
            {block.study}
            {block.page !== undefined ? `, p. ${block.page}` : ''}
            {block.order === 1 ? ' (participant)' : ' (study authors)'}
          </footer>
        </blockquote>
      );
  }
}

function Heading({ section }: { section: ReportSection }): ReactNode {
  const level = Math.min(6, section.level + 1);
  const Tag = `h${level}` as 'h2';
  return (
    <Tag id={`report-${section.id}`} className={`report-h report-h${section.level}`}>
      {section.heading}
    </Tag>
  );
}

export function ReportPreview({ model }: { model: ReportModel }): ReactNode {
  return (
    <article className="report-preview" lang={model.lang} aria-label="Report preview">
      {model.sections.map((section) => (
        <section key={section.id} aria-labelledby={`report-${section.id}`}>
          <Heading section={section} />
          {section.blocks.map((block, i) => (
            <Block key={i} block={block} />
          ))}
        </section>
      ))}
    </article>
  );
}
