import type { Locator, Page } from 'playwright-core';
import { waitForStatus } from '../support/wait.js';
import { ProjectNav } from './project-nav.js';

export type Component = 'Methodological limitations' | 'Coherence' | 'Adequacy' | 'Relevance';
export type Concerns = 'No or very minor concerns' | 'Minor concerns' | 'Moderate concerns' | 'Serious concerns';
export type Confidence = 'High confidence' | 'Moderate confidence' | 'Low confidence' | 'Very low confidence';

export type Assessment = Readonly<{
  components: Readonly<Record<Component, Readonly<{ concerns: Concerns; explanation: string }>>>;
  overall: Readonly<{ confidence: Confidence; explanation: string }>;
}>;

/** Synthesis › GRADE-CERQual: each finding's four components, the overall confidence and the SoQF table. */
export class CerqualPage {
  readonly nav: ProjectNav;
  readonly heading: Locator;
  readonly findings: Locator;
  readonly soqf: Locator;

  constructor(readonly page: Page) {
    this.nav = new ProjectNav(page);
    this.heading = page.getByRole('heading', { level: 1, name: 'GRADE-CERQual' });
    this.findings = page.getByRole('navigation', { name: 'Findings' });
    this.soqf = page.getByRole('region', { name: 'Summary of Qualitative Findings' });
  }

  async open(): Promise<this> {
    await this.nav.open('GRADE-CERQual');
    await this.findings.waitFor();
    return this;
  }

  /** The assessment panel of a finding (a region named by the finding). */
  finding(label: string): Locator {
    return this.page.getByRole('region', { name: label, exact: true });
  }

  async selectFinding(label: string): Promise<Locator> {
    await this.findings.getByRole('button', { name: new RegExp(`^\\d+\\. ${label}`) }).click();
    const panel = this.finding(label);
    await panel.waitFor();
    return panel;
  }

  component(panel: Locator, component: Component | 'Overall confidence'): Locator {
    return panel.getByRole('group', { name: component, exact: true });
  }

  async assess(label: string, assessment: Assessment): Promise<void> {
    const panel = this.finding(label);
    for (const [component, judgement] of Object.entries(assessment.components) as [Component, Assessment['components'][Component]][]) {
      const group = this.component(panel, component);
      await group.getByRole('radiogroup', { name: `${component}: concerns` }).getByRole('radio', { name: judgement.concerns, exact: true }).check();
      await group.getByLabel('Explanation').fill(judgement.explanation);
    }
    const overall = this.component(panel, 'Overall confidence');
    await overall.getByRole('radiogroup', { name: 'Overall confidence' }).getByRole('radio', { name: assessment.overall.confidence, exact: true }).check();
    await overall.getByLabel('Explanation').fill(assessment.overall.explanation);
    await panel.getByRole('button', { name: 'Save assessment' }).click();
    await waitForStatus(this.page, `Assessed “${label}” with GRADE-CERQual.`);
    // Saved: the form is rebuilt from the stored assessment, so there is nothing left to save.
    if (!(await panel.getByRole('button', { name: 'Save assessment' }).isDisabled())) throw new Error(`The assessment of ${label} still has unsaved changes after saving.`);
  }

  /** The SoQF row of a finding, by its label. */
  soqfRow(label: string): Locator {
    return this.soqf.getByRole('row').filter({ hasText: `${label}.` });
  }
}
