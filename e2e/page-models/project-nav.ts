import type { Page } from 'playwright-core';

/** The project's left navigation, shared by every project page. */
export class ProjectNav {
  constructor(readonly page: Page) {}

  get nav() {
    return this.page.getByRole('navigation', { name: 'Project' });
  }

  async open(label: 'Search log' | 'Import' | 'Records' | 'De-duplication' | 'Screening' | 'Conflicts' | 'Agreement' | 'PRISMA diagram', heading: string = label): Promise<void> {
    await this.nav.getByRole('link', { name: label, exact: true }).click();
    await this.page.getByRole('heading', { level: 1, name: heading }).waitFor();
  }

  async labels(): Promise<string[]> {
    return this.nav.getByRole('link').allTextContents();
  }
}
