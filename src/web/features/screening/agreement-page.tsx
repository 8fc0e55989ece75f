import type { ReactNode } from 'react';
import { agreementCsvUrl, api, type Project, type StageAgreement } from '../../api/client.js';
import { ErrorMessage } from '../../components/error-message.js';
import { Loading } from '../../components/loading.js';
import { PageHeader } from '../../components/page-header.js';
import { formatNumber } from '../../lib/format.js';
import { useAsync } from '../../lib/use-async.js';
import { stageLabel } from './stages.js';

const pct = (v: number | null): string => (v === null ? 'not defined' : `${(v * 100).toFixed(1)} %`);
const est = (e: Readonly<{ value: number | null; ciLow: number | null; ciHigh: number | null }>): string =>
  e.value === null ? 'not defined' : `${e.value.toFixed(2)}${e.ciLow !== null && e.ciHigh !== null ? ` (${e.ciLow.toFixed(2)} to ${e.ciHigh.toFixed(2)})` : ''}`;

function StageRow({ stage }: { stage: StageAgreement }): ReactNode {
  const pair = stage.pairs[0];
  return (
    <tr>
      <th scope="row">{stageLabel(stage.stage)}</th>
      <td className="num">{formatNumber(stage.units)}</td>
      <td className="num">{formatNumber(stage.reviewers.length)}</td>
      <td className="num">{pct(stage.percentAgreement)}</td>
      <td className="num">{pair && stage.pairs.length === 1 ? est(pair.kappa) : stage.pairs.length > 1 ? `${stage.pairs.length} pairs` : 'not defined'}</td>
      <td className="num">{est(stage.fleiss)}</td>
      <td className="num">{est(stage.krippendorff)}</td>
    </tr>
  );
}

export function AgreementPage({ project }: { project: Project }): ReactNode {
  const agreement = useAsync((signal) => api.agreement(project.id, signal), [project.id]);
  return (
    <>
      <PageHeader
        title="Agreement"
        description="How often reviewers agreed, from each reviewer’s first independent decision (a maybe counts as include). Values with 95 % intervals."
        actions={
          agreement.data ? (
            <a className="button" href={agreementCsvUrl(project.id)} download>
              Download CSV
            </a>
          ) : null
        }
      />
      {agreement.error ? <ErrorMessage error={agreement.error} title="Agreement cannot be shown" onRetry={agreement.reload} /> : null}
      {agreement.loading && !agreement.data ? <Loading label="Computing agreement…" /> : null}
      {agreement.data ? (
        <section className="card card-flush" aria-label="Agreement by stage">
          <div className="table-scroll">
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">Stage</th>
                  <th scope="col" className="num">
                    Records rated twice
                  </th>
                  <th scope="col" className="num">
                    Reviewers
                  </th>
                  <th scope="col" className="num">
                    Agreement
                  </th>
                  <th scope="col" className="num">
                    Cohen’s kappa
                  </th>
                  <th scope="col" className="num">
                    Fleiss’ kappa
                  </th>
                  <th scope="col" className="num">
                    Krippendorff’s alpha
                  </th>
                </tr>
              </thead>
              <tbody>
                {agreement.data.stages.map((s) => (
                  <StageRow key={s.stage} stage={s} />
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ) : null}
    </>
  );
}
