import type { Locator, Page } from 'playwright-core';
import { waitForText } from '../support/wait.js';
import { ProjectNav } from './project-nav.js';

export class RecordsPage {
  readonly nav: ProjectNav;
  readonly heading: Locator;
  readonly grid: Locator;
  readonly count: Locator;
  readonly find: Locator;
  readonly detail: Locator;

  constructor(readonly page: Page) {
    this.nav = new ProjectNav(page);
    this.heading = page.getByRole('heading', { level: 1, name: 'Records' });
    this.grid = page.getByRole('grid', { name: 'Records' });
    this.count = page.getByTestId('record-count');
    this.find = page.getByRole('searchbox', { name: 'Find' });
    this.detail = page.getByTestId('record-detail');
  }

  async waitUntilOpen(): Promise<this> {
    await this.heading.waitFor();
    return this;
  }

  async waitForCount(text: string | RegExp): Promise<string> {
    return waitForText(this.count, text);
  }

  /** Rows with data (skeleton rows of pages still loading have no record id). */
  rows(): Locator {
    return this.grid.locator('[role="row"][data-record-id]');
  }

  row(title: string): Locator {
    return this.rows().filter({ hasText: title });
  }

  async search(text: string): Promise<void> {
    await this.find.fill(text);
  }

  async openRecord(title: string): Promise<Locator> {
    await this.row(title).click();
    await waitForText(this.detail.getByRole('heading', { level: 2 }), title);
    return this.detail;
  }

  /** Every source field of the open record, as [tag, value] pairs. */
  async rawFields(): Promise<[string, string][]> {
    const rows = this.detail.getByTestId('raw-fields').locator('tbody tr');
    const out: [string, string][] = [];
    for (const row of await rows.all()) out.push([(await row.locator('th').textContent()) ?? '', (await row.locator('td').textContent()) ?? '']);
    return out;
  }

  /** Scroll the detail panel to its end (provenance and source fields), e.g. before a screenshot. */
  async scrollDetailToEnd(): Promise<void> {
    await this.detail.evaluate((el) => el.scrollTo(0, el.scrollHeight));
  }

  exportLink(label: 'RIS' | 'BibTeX' | 'CSV' | 'CSL-JSON'): Locator {
    return this.page.getByRole('group', { name: 'Export all' }).getByRole('link', { name: label, exact: true });
  }
}
