import { useState, type ReactNode } from 'react';
import type { Project } from '../../api/client.js';
import { ErrorMessage } from '../../components/error-message.js';
import { Loading } from '../../components/loading.js';
import { PageHeader } from '../../components/page-header.js';
import { useAsync } from '../../lib/use-async.js';
import { reportApi, type Checklists, type ItemLocation, type ReportModel } from './api.js';
import { ReportPreview } from './report-preview.js';
import { ReportTexts } from './report-texts.js';

type Tab = 'preview' | 'checklists' | 'texts' | 'files';
const tabs: readonly { id: Tab; label: string }[] = [
  { id: 'preview', label: 'Preview' },
  { id: 'checklists', label: 'eMERGe and ENTREQ' },
  { id: 'texts', label: 'Report texts' },
  { id: 'files', label: 'Tables and figures' },
];

const statusLabel: Record<ItemLocation['status'], string> = { reported: 'Reported', partial: 'Partly reported', missing: 'Missing' };

function ChecklistTable({ title, items }: { title: string; items: readonly ItemLocation[] }): ReactNode {
  const reported = items.filter((i) => i.status === 'reported').length;
  return (
    <section className="card card-flush" aria-labelledby={`checklist-${title}`}>
      <h2 id={`checklist-${title}`} className="card-title card-title-padded">
        {title}: {reported} of {items.length} items reported
      </h2>
      <table className="table checklist-table">
        <thead>
          <tr>
            <th scope="col">Item</th>
            <th scope="col">Status</th>
            <th scope="col">Where it is reported, or what to record</th>
          </tr>
        </thead>
        <tbody>
          {items.map((i) => (
            <tr key={i.item.number}>
              <th scope="row">
                {i.item.number}. {i.item.short}
              </th>
              <td>
                <span className={`status-pill status-${i.status}`}>{statusLabel[i.status]}</span>
              </td>
              <td>{i.note}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function Files({ project, model }: { project: Project; model: ReportModel }): ReactNode {
  const tables = model.sections.flatMap((s) => s.blocks.flatMap((b) => (b.kind === 'table' ? [b.table] : [])));
  const figures = model.sections.flatMap((s) => s.blocks.flatMap((b) => (b.kind === 'figure' ? [b.figure] : [])));
  return (
    <div className="report-files">
      <section className="card" aria-labelledby="report-tables">
        <h2 id="report-tables" className="card-title">
          Tables as CSV
        </h2>
        <p className="muted">Spreadsheet-safe: cells that a spreadsheet would run as formulas are neutralised.</p>
        <ul className="file-list">
          {tables.map((t) => (
            <li key={t.id}>
              <a href={reportApi.tableUrl(project.id, t.id)} download>
                {t.label}: {t.caption}
              </a>
            </li>
          ))}
        </ul>
      </section>
      <section className="card" aria-labelledby="report-figures">
        <h2 id="report-figures" className="card-title">
          Figures
        </h2>
        <ul className="file-list">
          {figures.map((f) => (
            <li key={f.id}>
              {f.label}: {f.caption} —{' '}
              <a href={reportApi.figureUrl(project.id, f.id, 'svg')} download>
                SVG
              </a>{' '}
              ·{' '}
              <a href={reportApi.figureUrl(project.id, f.id, 'png')} download>
                PNG
              </a>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}

export function ReportPage({ project }: { project: Project }): ReactNode {
  const [tab, setTab] = useState<Tab>('preview');
  const model = useAsync((signal) => reportApi.model(project.id, signal), [project.id]);
  const checklists = useAsync<Checklists>((signal) => reportApi.checklists(project.id, signal), [project.id]);
  const refresh = (): void => {
    model.reload();
    checklists.reload();
  };
  const emerge = checklists.data?.emerge;
  const missing = emerge ? emerge.filter((i) => i.status !== 'reported').length : undefined;
  return (
    <>
      <PageHeader
        title="Report"
        description={
          missing === undefined
            ? 'The report, computed from the project as it stands: every count, table and figure comes from the data.'
            : missing === 0
              ? 'Every eMERGe item is reported. Every count, table and figure comes from the data.'
              : `${missing} of 19 eMERGe items still need something recorded; see “eMERGe and ENTREQ”.`
        }
        actions={
          <div className="download-buttons" role="group" aria-label="Download the report">
            <a className="button" href={reportApi.downloadUrl(project.id, 'html')} download>
              HTML
            </a>
            <a className="button" href={reportApi.downloadUrl(project.id, 'docx')} download>
              Word
            </a>
            <a className="button" href={reportApi.downloadUrl(project.id, 'pdf')} download>
              PDF
            </a>
            <a className="button button-secondary" href={reportApi.downloadUrl(project.id, 'md')} download>
              Markdown
            </a>
          </div>
        }
      />
      <div className="tabs" role="tablist" aria-label="Report views">
        {tabs.map((t) => (
          <button
            key={t.id}
            type="button"
            role="tab"
            id={`report-tab-${t.id}`}
            aria-selected={tab === t.id}
            aria-controls={`report-panel-${t.id}`}
            className={`tab${tab === t.id ? ' tab-active' : ''}`}
            onClick={() => setTab(t.id)}
          >
            {t.label}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`report-panel-${tab}`} aria-labelledby={`report-tab-${tab}`} className="report-panel">
        {tab === 'texts' ? (
          <ReportTexts project={project} onSaved={refresh} />
        ) : tab === 'checklists' ? (
          checklists.error ? (
            <ErrorMessage error={checklists.error} title="The checklists cannot be shown" onRetry={checklists.reload} />
          ) : !checklists.data ? (
            <Loading label="Locating the checklist items…" />
          ) : (
            <>
              <ChecklistTable title="eMERGe" items={checklists.data.emerge} />
              <ChecklistTable title="ENTREQ" items={checklists.data.entreq} />
            </>
          )
        ) : model.error ? (
          <ErrorMessage error={model.error} title="The report cannot be built" onRetry={model.reload} />
        ) : !model.data ? (
          <Loading label="Building the report…" />
        ) : tab === 'files' ? (
          <Files project={project} model={model.data} />
        ) : (
          <ReportPreview model={model.data} />
        )}
      </div>
    </>
  );
}
