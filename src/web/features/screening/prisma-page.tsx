import type { ReactNode } from 'react';
import { api, prismaSvgUrl, type PrismaCounts, type Project } from '../../api/client.js';
import { ErrorMessage } from '../../components/error-message.js';
import { Loading } from '../../components/loading.js';
import { PageHeader } from '../../components/page-header.js';
import { formatNumber } from '../../lib/format.js';
import { useAsync } from '../../lib/use-async.js';

function countRows(c: PrismaCounts): [string, number][] {
  const d = c.databases;
  return [
    ['Records identified', d.identified.total],
    ['Duplicates removed', d.removed.duplicates],
    ['Records screened', d.screened],
    ['Records excluded at screening', d.screeningExcluded.total],
    ['Reports sought for retrieval', d.sought],
    ['Reports not retrieved', d.notRetrieved],
    ['Reports assessed for eligibility', d.assessed],
    ['Reports excluded at full text', d.eligibilityExcluded.total],
    ['Awaiting screening', d.pending.screening],
    ['Studies included', c.included.studies],
    ['Reports included', c.included.reports],
  ];
}

export function PrismaPage({ project }: { project: Project }): ReactNode {
  const prisma = useAsync((signal) => api.prisma(project.id, signal), [project.id]);
  const data = prisma.data;
  return (
    <>
      <PageHeader
        title="PRISMA flow diagram"
        description="The PRISMA 2020 flow, counted from the search log, de-duplication and screening as they stand now."
        actions={
          <a className="button" href={prismaSvgUrl(project.id)} download="prisma-2020.svg">
            Download SVG
          </a>
        }
      />
      {prisma.error ? <ErrorMessage error={prisma.error} title="The diagram cannot be shown" onRetry={prisma.reload} /> : null}
      {prisma.loading && !data ? <Loading label="Counting…" /> : null}
      {data ? (
        <div className="prisma-layout">
          <section className="card" aria-label="Diagram">
            {/* The counts are part of the address, so the browser fetches the image again whenever they change. */}
            <img className="prisma-image" src={`${prismaSvgUrl(project.id)}&v=${encodeURIComponent(JSON.stringify(countRows(data.counts).map((r) => r[1])))}`} alt="PRISMA 2020 flow diagram; the same counts are listed beside it." />
          </section>
          <section className="card card-flush" aria-labelledby="prisma-counts">
            <h2 id="prisma-counts" className="card-title card-title-padded">
              Counts
            </h2>
            <table className="table" data-testid="prisma-counts">
              <tbody>
                {countRows(data.counts).map(([label, n]) => (
                  <tr key={label}>
                    <th scope="row">{label}</th>
                    <td className="num">{formatNumber(n)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            {data.counts.warnings.length > 0 ? (
              <ul className="plain-list prisma-warnings">
                {data.counts.warnings.map((w) => (
                  <li key={`${w.code}-${w.message}`} className={w.severity === 'warning' ? 'inline-warning' : 'muted small'}>
                    {w.message}
                  </li>
                ))}
              </ul>
            ) : null}
          </section>
        </div>
      ) : null}
    </>
  );
}
