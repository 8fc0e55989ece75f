import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { api, ApiError, type Project } from '../../api/client.js';
import { ErrorMessage } from '../../components/error-message.js';
import { Loading } from '../../components/loading.js';
import { plural } from '../../lib/format.js';
import { projectPath } from '../../lib/paths.js';
import { Link, useLocation } from '../../lib/router.js';
import { useAsync } from '../../lib/use-async.js';
import { fileContentUrl, newId, readingApi, type ExcerptAnchor, type StudyCharacteristics, type StudyFile } from './api.js';
import { AppraisalPanel } from './appraisal-panel.js';
import { CharacteristicsPanel } from './characteristics-panel.js';
import { ConstructsPanel, type ConstructDraft, type ExcerptInfo, type Selected } from './constructs-panel.js';
import { FileBar, PdfUpload } from './full-text.js';
import { OrphanWarning } from './orphans.js';
import type { CodeKind, FocusRequest, HighlightTone, PageHighlight, PdfSelection } from './pdf-viewer.js';
import { appraisalsByStudy, appraisalStatusLabel, truncate } from './summaries.js';
import { Tabs, tabPanelProps } from './tabs.js';
import { locateSelection, quoteFor, rangeBoxes, sortedSpans } from './text-map.js';
import { UndoRedo } from './undo-redo.js';
import { useUndoShortcuts, useWorkbench } from './use-workbench.js';

// pdf.js is large: it loads with the first study opened, not with the app.
const PdfViewer = lazy(() => import('./pdf-viewer.js').then((m) => ({ default: m.PdfViewer })));

type Tab = 'constructs' | 'characteristics' | 'appraisal';

/** The excerpt named in the address: `?excerpt=ID` (links from the synthesis pages) or `#excerpt=ID`. */
function excerptFromAddress(search: string): string | undefined {
  const fromQuery = new URLSearchParams(search).get('excerpt');
  if (fromQuery) return fromQuery;
  const hash = window.location.hash.replace(/^#/, '');
  return new URLSearchParams(hash).get('excerpt') ?? undefined;
}

function useHash(): string {
  const [hash, setHash] = useState(() => window.location.hash);
  useEffect(() => {
    const onChange = (): void => setHash(window.location.hash);
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return hash;
}

/** The file to show first: the newest whose text is ready, else the newest. */
const defaultFile = (files: readonly StudyFile[]): StudyFile | undefined =>
  [...files].reverse().find((f) => f.status === 'extracted') ?? files[files.length - 1];

/**
 * One study's workspace: its PDF on the left, to read and code, and on the right its constructs, its
 * characteristics and its appraisal.
 */
export function StudyWorkspace({ project, studyId }: { project: Project; studyId: string }): ReactNode {
  const wb = useWorkbench(project.id);
  const me = useAsync((signal) => api.me(signal), []);
  const members = useAsync((signal) => api.listMembers(project.id, signal).catch(() => []), [project.id]);
  const canWrite = project.role !== 'viewer';
  useUndoShortcuts(wb, canWrite);
  const { search } = useLocation();
  const hash = useHash();

  const study = wb.data?.synthesis.studies.find((s) => s.id === studyId);
  const reports = useAsync((signal) => Promise.all((study?.reportIds ?? []).map((id) => api.getRecord(project.id, id, signal).catch(() => undefined))), [project.id, study?.reportIds.join(',')]);

  // Full-text files, polled every second while one is still being extracted.
  const files = useAsync((signal) => readingApi.files(project.id, studyId, signal), [project.id, studyId]);
  const pending = files.data?.some((f) => f.status === 'pending') ?? false;
  useEffect(() => {
    if (!pending) return undefined;
    const timer = setTimeout(files.reload, 1000);
    return () => clearTimeout(timer);
  }, [files.data, pending, files.reload]);
  const [chosenFile, setChosenFile] = useState<string | undefined>(undefined);
  const fileList = files.data ?? [];
  const file = fileList.find((f) => f.id === chosenFile) ?? defaultFile(fileList);
  const fileState = fileList.map((f) => `${f.id}:${f.status}`).join(',');

  const [fileNotice, setFileNotice] = useState('');
  const previousStatus = useRef(new Map<string, string>());
  useEffect(() => {
    for (const f of fileList) {
      const before = previousStatus.current.get(f.id);
      if (before === 'pending' && f.status === 'extracted') setFileNotice(`The text of ${f.name} is ready: select a passage to code it.`);
      if (before === 'pending' && f.status === 'failed') setFileNotice(`The text of ${f.name} could not be extracted.`);
      previousStatus.current.set(f.id, f.status);
    }
  }, [fileState]);

  const pages = useAsync(
    (signal) => (file && file.status === 'extracted' ? readingApi.pages(project.id, file.id, signal).then((list) => ({ fileId: file.id, list })) : Promise.resolve(undefined)),
    [project.id, file?.id, file?.status],
  );
  // The text of the file shown, never the previous file's while the next one loads.
  const pagesData = pages.data && file && pages.data.fileId === file.id ? pages.data.list : undefined;
  const anchors = useAsync((signal) => readingApi.anchors(project.id, studyId, signal), [project.id, studyId, wb.version, fileState]);

  const [tab, setTab] = useState<Tab>('constructs');
  const [draft, setDraft] = useState<ConstructDraft | undefined>(undefined);
  const [selected, setSelected] = useState<Selected | undefined>(undefined);
  const [focus, setFocus] = useState<FocusRequest | undefined>(undefined);
  const [codeError, setCodeError] = useState<ApiError | undefined>(undefined);

  useEffect(() => {
    if (study) document.title = `${study.label} · Studies · ${project.name} · metaethno`;
  }, [study?.label, project.name]);

  // What the side panel and the highlights need, derived once per change of the state.
  const constructs = useMemo(() => wb.data?.synthesis.constructs.filter((c) => c.studyId === studyId) ?? [], [wb.data, studyId]);
  const anchorById = useMemo(() => new Map((anchors.data ?? []).map((a) => [a.excerptId, a] as const)), [anchors.data]);
  const fileNames = useMemo(() => new Map(fileList.map((f) => [f.id, f.name] as const)), [fileList]);
  const excerpts = useMemo(() => {
    const out = new Map<string, ExcerptInfo>();
    for (const e of wb.data?.synthesis.excerpts ?? []) {
      if (e.studyId !== studyId) continue;
      const a = anchorById.get(e.id);
      const found = a && !a.result.orphan ? a.result : undefined;
      out.set(e.id, { excerpt: e, page: found?.page ?? e.page, orphan: a !== undefined && a.result.orphan, fileName: e.fileId ? fileNames.get(e.fileId) : undefined });
    }
    return out;
  }, [wb.data, studyId, anchorById, fileNames]);

  const tones = useMemo(() => {
    const out = new Map<string, HighlightTone>();
    for (const c of constructs) for (const id of c.excerptIds) if (out.get(id) !== 'second') out.set(id, c.order === 2 ? 'second' : 'first');
    return out;
  }, [constructs]);

  const highlights = useMemo(() => {
    const out = new Map<number, PageHighlight[]>();
    if (!file || !pagesData) return out;
    const spansByPage = new Map(pagesData.map((p) => [p.page, { ...p, spans: sortedSpans(p.spans) }] as const));
    for (const a of anchors.data ?? []) {
      if (a.fileId !== file.id || a.result.orphan || a.result.page === undefined) continue;
      const page = spansByPage.get(a.result.page);
      if (!page || !excerpts.has(a.excerptId)) continue;
      const range = { start: a.result.start, end: a.result.end };
      const boxes = rangeBoxes(page, range);
      out.set(a.result.page, [...(out.get(a.result.page) ?? []), { excerptId: a.excerptId, tone: tones.get(a.excerptId) ?? 'excerpt', range, boxes }]);
    }
    return out;
  }, [file, pagesData, anchors.data, excerpts, tones]);

  const orphans = useMemo(() => (anchors.data ?? []).filter((a): a is ExcerptAnchor & { result: { orphan: true } } => a.result.orphan && excerpts.has(a.excerptId)), [anchors.data, excerpts]);
  const [orphanFocus, setOrphanFocus] = useState<Selected | undefined>(undefined);

  /** Show an excerpt: switch to its file, scroll to it and make it flash (or point at it among the orphans). */
  const showExcerpt = useCallback(
    (excerptId: string, focusPanel = false) => {
      const info = excerpts.get(excerptId);
      if (!info) return;
      const a = anchorById.get(excerptId);
      const orphan = !a || a.result.orphan;
      setSelected({ excerptId, nonce: Date.now(), focus: focusPanel && !orphan });
      if (!a || a.result.orphan) {
        setOrphanFocus({ excerptId, nonce: Date.now() });
        return;
      }
      if (info.excerpt.fileId && info.excerpt.fileId !== file?.id) setChosenFile(info.excerpt.fileId);
      const page = a.result.page ?? info.page ?? 1;
      const pageText = pagesData?.find((p) => p.page === page);
      const top = pageText && info.excerpt.fileId === file?.id ? (rangeBoxes(pageText, a.result)[0]?.top ?? 0) : 0;
      setFocus({ excerptId, page, top, nonce: Date.now() });
    },
    [excerpts, anchorById, file?.id, pagesData],
  );

  // A file switched to show an excerpt: once its text is in, scroll to the excerpt precisely.
  const pendingFocus = useRef<string | undefined>(undefined);
  useEffect(() => {
    if (focus && pagesData === undefined) pendingFocus.current = focus.excerptId;
  }, [focus, pagesData]);
  useEffect(() => {
    const id = pendingFocus.current;
    if (id && pagesData) {
      pendingFocus.current = undefined;
      showExcerpt(id);
    }
  }, [pagesData]);

  // The excerpt named in the address, once the state and the anchors are in.
  const requested = excerptFromAddress(search) ?? excerptFromAddress(hash.replace(/^#/, '?'));
  const handled = useRef<string | undefined>(undefined);
  const [requestError, setRequestError] = useState<string | undefined>(undefined);
  useEffect(() => {
    if (!requested || handled.current === requested || !wb.data || !anchors.data || !files.data) return;
    handled.current = requested;
    if (!excerpts.has(requested)) {
      setRequestError('The passage this link points to is not an excerpt of this study; it may have been deleted.');
      return;
    }
    setRequestError(undefined);
    setTab('constructs');
    showExcerpt(requested, true);
  }, [requested, wb.data, anchors.data, files.data, excerpts, showExcerpt]);

  const pageSizes = useMemo(() => pagesData?.map((p) => ({ width: p.width, height: p.height })), [pagesData]);
  const pageTexts = useMemo(() => pagesData?.map((p) => p.text), [pagesData]);
  const textReady = file?.status === 'extracted' && pagesData !== undefined;
  const textless = pagesData !== undefined && pagesData.every((p) => p.text.trim() === '');
  const codeBlocked = !canWrite
    ? 'You can read this study but not code it: your role in this project is viewer.'
    : !file || file.status === 'pending' || (file.status === 'extracted' && !pagesData)
      ? 'The text of this PDF is still being extracted; try again in a moment.'
      : file.status === 'failed'
        ? 'The text of this PDF could not be extracted, so passages cannot be coded.'
        : undefined;

  /** Turns a selection in the PDF into an excerpt now, or into a construct draft in the side panel. */
  const code = async (kind: CodeKind, sel: PdfSelection): Promise<boolean> => {
    setCodeError(undefined);
    const page = pagesData?.find((p) => p.page === sel.page);
    if (!file || !page || !study) return false;
    // The exact range when the text layer is aligned with the extracted text; a search for the words otherwise.
    const exact = sel.range && page.text.slice(sel.range.start, sel.range.end).trim() !== '' ? sel.range : undefined;
    const range = exact ?? locateSelection(page, sel.text, sel.topPt);
    if (!range) {
      setCodeError(
        new ApiError(
          'CLIENT',
          `The selected text could not be matched to the extracted text of page ${sel.page}. Select a shorter passage within one column, or use “Add from a typed quote”.`,
          0,
        ),
      );
      return false;
    }
    const { quote, occurrence } = quoteFor(page.text, range);
    if (kind === 'excerpt') {
      return wb.run([{ type: 'excerpt', id: newId('x'), studyId, fileId: file.id, page: sel.page, quote, occurrence }], `Add excerpt “${truncate(quote, 50)}” (${study.label}, p. ${sel.page})`, `Excerpt added on page ${sel.page}.`);
    }
    setDraft({ source: 'selection', order: kind, fileId: file.id, page: sel.page, quote, occurrence, nonce: Date.now() });
    setTab('constructs');
    return true;
  };

  const selectFromPdf = useCallback((excerptId: string) => {
    setSelected({ excerptId, nonce: Date.now(), focus: true });
    setTab('constructs');
  }, []);

  const appraisals = useMemo(() => (wb.data ? appraisalsByStudy(wb.data) : undefined), [wb.data]);
  const names = useMemo(() => new Map((members.data ?? []).map((m) => [m.name, m.displayName] as const)), [members.data]);
  const meUser = me.data?.user ?? undefined;

  if (wb.error && !wb.data) return <ErrorMessage error={wb.error} title="This study could not be opened" onRetry={wb.reload} />;
  if (!wb.data) return <Loading label="Opening the study…" />;
  if (!study) {
    return (
      <div className="notice">
        <p className="notice-title">This project has no such study.</p>
        <p>It may have been deleted, or the link is incomplete.</p>
        <Link to={projectPath(project.id, 'studies')}>Go to the list of studies</Link>
      </div>
    );
  }

  const first = constructs.filter((c) => c.order === 1).length;
  const second = constructs.length - first;
  const reportTitles = (reports.data ?? []).filter((r) => r !== undefined).map((r) => r.record.title ?? 'Untitled report');
  const status = appraisals?.get(studyId);

  return (
    <div className="reading-workspace">
      <header className="workspace-header">
        <div className="workspace-title">
          <nav aria-label="Breadcrumb" className="reading-breadcrumb">
            <Link to={projectPath(project.id, 'studies')}>Studies</Link>
            <span aria-hidden="true"> / </span>
          </nav>
          <h1>{study.label}</h1>
          {reportTitles.length > 0 ? (
            <p className="workspace-reports" title={reportTitles.join('\n')}>
              {reportTitles.length === 1 ? reportTitles[0] : `${reportTitles[0]} (and ${plural(reportTitles.length - 1, 'other report')})`}
            </p>
          ) : null}
        </div>
        {canWrite ? <UndoRedo controller={wb} /> : null}
      </header>
      <p className="visually-hidden" role="status">
        {wb.announcement || fileNotice}
      </p>
      {wb.failure ? (
        <div className="workspace-alert">
          <ErrorMessage error={wb.failure} title="That was not saved" onRetry={undefined} />
          <button type="button" className="icon-button workspace-alert-close" onClick={wb.clearFailure} aria-label="Dismiss the message">
            <span className="close-icon" aria-hidden="true" />
          </button>
        </div>
      ) : null}
      {codeError ? (
        <div className="workspace-alert">
          <ErrorMessage error={codeError} title="The passage was not coded" />
          <button type="button" className="icon-button workspace-alert-close" onClick={() => setCodeError(undefined)} aria-label="Dismiss the message">
            <span className="close-icon" aria-hidden="true" />
          </button>
        </div>
      ) : null}
      {requestError ? <p className="inline-warning workspace-inline">{requestError}</p> : null}
      <div className="workspace-split">
        <section className="workspace-document" aria-label="Full text">
          {files.error ? <ErrorMessage error={files.error} title="The full-text files could not be loaded" onRetry={files.reload} /> : null}
          {!files.data && !files.error ? <Loading label="Looking for the full text…" /> : null}
          {files.data && !file ? (
            canWrite ? (
              <PdfUpload
                projectId={project.id}
                studyId={studyId}
                disabled={false}
                onUploaded={(f) => {
                  setChosenFile(f.id);
                  files.reload();
                }}
              />
            ) : (
              <div className="reading-panel-empty">
                <p className="reading-panel-empty-title">No full text yet</p>
                <p>A reviewer has not uploaded this study’s PDF.</p>
              </div>
            )
          ) : null}
          {file ? (
            <>
              <FileBar
                projectId={project.id}
                studyId={studyId}
                files={fileList}
                current={file}
                textless={textless}
                canWrite={canWrite}
                onChoose={setChosenFile}
                onUploaded={(f) => {
                  setChosenFile(f.id);
                  files.reload();
                }}
                onReextracted={files.reload}
              />
              {pages.error ? <ErrorMessage error={pages.error} title="The text of this PDF could not be loaded" onRetry={pages.reload} /> : null}
              {anchors.error ? <ErrorMessage error={anchors.error} title="The highlights could not be placed" onRetry={anchors.reload} /> : null}
              <OrphanWarning orphans={orphans} excerpts={excerpts} constructs={constructs} focus={orphanFocus} />
              <Suspense fallback={<Loading label="Loading the PDF viewer…" />}>
                <PdfViewer
                  key={file.id}
                  url={fileContentUrl(project.id, file.id)}
                  fileName={file.name}
                  pageSizes={pageSizes}
                  pageTexts={pageTexts}
                  highlights={highlights}
                  selectedExcerptId={selected?.excerptId}
                  focus={focus}
                  codeBlocked={codeBlocked}
                  onCode={code}
                  onSelectExcerpt={selectFromPdf}
                />
              </Suspense>
            </>
          ) : null}
        </section>
        <aside className="workspace-panel" aria-label="Study details">
          <Tabs
            idBase="study"
            label="Study details"
            current={tab}
            onChange={setTab}
            tabs={[
              { id: 'constructs', label: 'Constructs', badge: String(constructs.length) },
              { id: 'characteristics', label: 'Characteristics' },
              { id: 'appraisal', label: 'Appraisal', badge: status?.consensus ? 'agreed' : status && status.reviewers.length > 0 ? String(status.reviewers.length) : undefined },
            ]}
          />
          <div className="workspace-panel-body" {...tabPanelProps('study', tab)}>
            {tab === 'constructs' ? (
              <>
                <p className="reading-panel-summary muted small">
                  {plural(first, 'first-order construct')} · {plural(second, 'second-order construct')} · {plural(excerpts.size, 'excerpt')}
                </p>
                <ConstructsPanel
                  study={study}
                  constructs={constructs}
                  excerpts={excerpts}
                  typedTarget={file && textReady && pagesData ? { fileId: file.id, pages: pagesData.length } : undefined}
                  selected={selected}
                  draft={draft}
                  onDraft={setDraft}
                  canWrite={canWrite}
                  busy={wb.busy}
                  run={wb.run}
                  onShowExcerpt={showExcerpt}
                />
              </>
            ) : null}
            {tab === 'characteristics' ? (
              <CharacteristicsPanel study={study} form={wb.data.form} saved={wb.data.docs.characteristics[studyId] as StudyCharacteristics | undefined} canWrite={canWrite} busy={wb.busy} run={wb.run} />
            ) : null}
            {tab === 'appraisal' ? (
              <>
                <p className="reading-panel-summary muted small">{appraisalStatusLabel(status)}</p>
                <AppraisalPanel
                  study={study}
                  checklist={wb.data.checklist}
                  status={status}
                  me={meUser ? { name: meUser.name, displayName: meUser.displayName } : undefined}
                  names={names}
                  canWrite={canWrite}
                  busy={wb.busy}
                  run={wb.run}
                />
              </>
            ) : null}
          </div>
        </aside>
      </div>
    </div>
  );
}

