import type { Locator, Page } from 'playwright-core';
import { waitForText } from '../support/wait.js';
import { ProjectNav } from './project-nav.js';
import { StudyWorkspace } from './study-workspace.js';

/** Reading › Studies: the included studies, and the way into each study's workspace. */
export class StudiesPage {
  readonly nav: ProjectNav;
  readonly heading: Locator;
  readonly table: Locator;

  constructor(readonly page: Page) {
    this.nav = new ProjectNav(page);
    this.heading = page.getByRole('heading', { level: 1, name: 'Studies' });
    this.table = page.getByRole('region', { name: /^\d+ stud(y|ies)$/ }).getByRole('table');
  }

  async open(): Promise<this> {
    await this.nav.open('Studies');
    return this;
  }

  /** "Create studies from included reports" (the empty state's button, or the header's once there are studies). */
  async createFromIncluded(expectedCount: number): Promise<void> {
    await this.page.getByRole('button', { name: 'Create studies from included reports' }).first().click();
    await waitForText(this.page.locator('main'), `${expectedCount} ${expectedCount === 1 ? 'study' : 'studies'} created from included reports.`);
  }

  row(label: string): Locator {
    return this.table.getByRole('row').filter({ has: this.page.getByRole('rowheader', { name: label, exact: true }) });
  }

  /** The values of a study's row, by column header. */
  async rowValues(label: string): Promise<Record<string, string>> {
    const headers = (await this.table.locator('thead th').allTextContents()).map((h) => h.trim());
    const cells = await this.row(label).locator('th, td').allTextContents();
    return Object.fromEntries(headers.map((h, i) => [h, (cells[i] ?? '').trim()]));
  }

  async openStudy(label: string): Promise<StudyWorkspace> {
    await this.row(label).getByRole('link', { name: label, exact: true }).click();
    return new StudyWorkspace(this.page, label).waitUntilOpen();
  }
}
