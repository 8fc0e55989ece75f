import type { Locator, Page } from 'playwright-core';
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
    if (!(await form.isVisible())) await this.page.getByRole('button', { name: 'New project' }).click();
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
