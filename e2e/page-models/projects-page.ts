import type { Locator, Page } from 'playwright-core';
import { waitForSettled } from '../support/wait.js';
import { SearchLogPage } from './search-log-page.js';

export type NewProject = Readonly<{ name: string; title?: string; question?: string }>;

export class ProjectsPage {
  readonly heading: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Projects' });
  }

  async goto(): Promise<this> {
    await this.page.goto('/');
    await this.heading.waitFor();
    // The list arrives after the heading; until then neither the table nor the empty state is there.
    await waitForSettled(this.page);
    return this;
  }

  /** The row of the projects table that names the project. */
  row(name: string): Locator {
    return this.page.getByRole('row').filter({ has: this.page.getByRole('link', { name, exact: true }) });
  }

  /** The Records column of a project's row. */
  recordCount(name: string): Locator {
    return this.row(name).getByRole('cell').nth(1);
  }

  async createProject(project: NewProject): Promise<SearchLogPage> {
    const form = this.page.getByRole('form', { name: 'New project' });
    const open = this.page.getByRole('button', { name: 'New project' });
    // An empty list shows the form at once; otherwise a button opens it. Wait for one of the two: a
    // check made while the list is still loading sees neither, and the button it then waits for is
    // replaced by the form when the (empty) list arrives.
    await form.or(open).first().waitFor();
    if (!(await form.isVisible())) await open.click();
    await form.getByLabel('Name', { exact: true }).fill(project.name);
    if (project.title) await form.getByLabel('Title').fill(project.title);
    if (project.question) await form.getByLabel('Review question').fill(project.question);
    await form.getByRole('button', { name: 'Create project' }).click();
    return new SearchLogPage(this.page).waitUntilOpen();
  }

  async openProject(name: string): Promise<SearchLogPage> {
    await this.page.getByRole('link', { name, exact: true }).click();
    return new SearchLogPage(this.page).waitUntilOpen();
  }
}
