import type { Locator, Page } from 'playwright-core';
import { ImportPage } from './import-page.js';
import { ProjectNav } from './project-nav.js';

export type NewSearch = Readonly<{
  kind: 'Database' | 'Register' | 'Other method';
  source: string;
  platform?: string;
  dateRun?: string;
  query?: string;
  limits?: string;
  filters?: string;
  hitsReported?: number;
  notes?: string;
}>;

export class SearchLogPage {
  readonly nav: ProjectNav;
  readonly heading: Locator;
  readonly table: Locator;

  constructor(readonly page: Page) {
    this.nav = new ProjectNav(page);
    this.heading = page.getByRole('heading', { level: 1, name: 'Search log' });
    this.table = page.getByRole('table');
  }

  async waitUntilOpen(): Promise<this> {
    await this.heading.waitFor();
    return this;
  }

  /** The table row of a search, found by the source it names. */
  row(source: string): Locator {
    return this.table.getByRole('row').filter({ has: this.page.getByRole('rowheader', { name: source, exact: true }) });
  }

  /** The warning shown under a search whose imported count differs from the hits reported. */
  mismatchWarning(): Locator {
    return this.table.getByRole('note');
  }

  async openAddSearchForm(): Promise<Locator> {
    const form = this.page.getByRole('form', { name: 'Add a search' });
    const open = this.page.getByRole('button', { name: /^Add (the first )?search$/ }).first();
    // Wait until the log has loaded (the form or a button that opens it) before deciding which is needed.
    await form.or(open).first().waitFor();
    if (!(await form.isVisible())) await open.click();
    await form.waitFor();
    return form;
  }

  async fillSearch(form: Locator, search: NewSearch): Promise<void> {
    await form.getByRole('radio', { name: search.kind }).check();
    const sourceLabel = search.kind === 'Database' ? 'Database' : search.kind === 'Register' ? 'Register' : 'Method';
    await form.getByRole('combobox', { name: sourceLabel }).fill(search.source);
    if (search.platform) await form.getByLabel('Platform').fill(search.platform);
    if (search.dateRun) await form.getByLabel('Date run').fill(search.dateRun);
    if (search.hitsReported !== undefined) await form.getByLabel('Hits reported').fill(String(search.hitsReported));
    if (search.query) await form.getByLabel(search.kind === 'Other method' ? 'Description' : 'Search strategy').fill(search.query);
    if (search.limits) await form.getByLabel('Limits').fill(search.limits);
    if (search.filters) await form.getByLabel('Filters').fill(search.filters);
    if (search.notes) await form.getByLabel('Notes').fill(search.notes);
  }

  async submitSearch(form: Locator, source: string): Promise<void> {
    await form.getByRole('button', { name: 'Add search' }).click();
    await this.row(source).waitFor();
  }

  async addSearch(search: NewSearch): Promise<void> {
    const form = await this.openAddSearchForm();
    await this.fillSearch(form, search);
    await this.submitSearch(form, search.source);
  }

  async openImport(source: string): Promise<ImportPage> {
    await this.row(source).getByRole('link', { name: 'Import files' }).click();
    return new ImportPage(this.page).waitUntilOpen();
  }
}
