import type { Page } from 'playwright-core';

export type NavLabel =
  | 'Search log'
  | 'Import'
  | 'Records'
  | 'De-duplication'
  | 'Screening'
  | 'Conflicts'
  | 'Agreement'
  | 'Studies'
  | 'Grid'
  | 'Translations'
  | 'Synthesis'
  | 'GRADE-CERQual'
  | 'Journal'
  | 'PRISMA diagram'
  | 'Report';

/** The page heading (h1) each nav entry opens, where it differs from the entry's label. */
export const navHeadings: Readonly<Partial<Record<NavLabel, string>>> = {
  Grid: 'Juxtaposition grid',
  'PRISMA diagram': 'PRISMA flow diagram',
};

/** The project's left navigation, shared by every project page. */
export class ProjectNav {
  constructor(readonly page: Page) {}

  get nav() {
    return this.page.getByRole('navigation', { name: 'Project' });
  }

  async open(label: NavLabel, heading: string = navHeadings[label] ?? label): Promise<void> {
    await this.nav.getByRole('link', { name: label, exact: true }).click();
    await this.page.getByRole('heading', { level: 1, name: heading }).waitFor();
  }

  async labels(): Promise<string[]> {
    return this.nav.getByRole('link').allTextContents();
  }
}
