import type { Locator, Page } from 'playwright-core';
import { waitForStatus } from '../support/wait.js';
import { ProjectNav } from './project-nav.js';

export type NewLink = Readonly<{
  kind: 'Reciprocal' | 'Refutational';
  from: string;
  to: string;
  fromConstructs?: readonly string[];
  toConstructs?: readonly string[];
  rationale: string;
  resolution?: string;
}>;

/** Synthesis › Translations: concept by concept, links between studies and the translated concept. */
export class TranslationsPage {
  readonly nav: ProjectNav;
  readonly heading: Locator;
  readonly concepts: Locator;

  constructor(readonly page: Page) {
    this.nav = new ProjectNav(page);
    this.heading = page.getByRole('heading', { level: 1, name: 'Translations' });
    this.concepts = page.getByRole('navigation', { name: 'Concepts' });
  }

  async open(): Promise<this> {
    await this.nav.open('Translations');
    await this.concepts.waitFor();
    return this;
  }

  /** The panel of the concept shown (a region named by the concept). */
  detail(concept: string): Locator {
    return this.page.getByRole('region', { name: concept, exact: true });
  }

  async selectConcept(concept: string): Promise<Locator> {
    await this.concepts.getByRole('button', { name: new RegExp(`^${concept}`) }).click();
    const detail = this.detail(concept);
    await detail.waitFor();
    return detail;
  }

  async writeSummary(concept: string, text: string): Promise<void> {
    const detail = this.detail(concept);
    await detail.getByLabel('Translated concept').fill(text);
    const save = detail.locator('form.synth-summary-form').getByRole('button', { name: 'Save' });
    await save.click();
    await waitForStatus(this.page, `Wrote the translated concept for “${concept}”.`);
  }

  async addLink(concept: string, link: NewLink): Promise<Locator> {
    const detail = this.detail(concept);
    await detail.getByRole('button', { name: 'Add a link' }).click();
    const form = detail.getByRole('form', { name: 'New link' });
    await form.getByRole('radio', { name: link.kind }).check();
    for (const [side, study, constructs] of [
      ['From study', link.from, link.fromConstructs ?? []],
      ['To study', link.to, link.toConstructs ?? []],
    ] as const) {
      const group = form.getByRole('group', { name: side });
      const select = group.getByRole('combobox');
      const value = await select.locator('option', { hasText: study }).getAttribute('value');
      if (value === null) throw new Error(`${side} offers no study ${study}`);
      await select.selectOption(value);
      for (const c of constructs) await group.getByRole('checkbox', { name: c }).check();
    }
    await form.getByLabel('Rationale').fill(link.rationale);
    if (link.resolution) await form.getByLabel(/^Explanation of the contradiction/).fill(link.resolution);
    await form.getByRole('button', { name: 'Add link' }).click();
    await form.waitFor({ state: 'detached' });
    const item = this.links(concept).filter({ hasText: link.rationale });
    await item.waitFor();
    await waitForStatus(this.page, `Added a ${link.kind.toLowerCase()} link ${link.from} → ${link.to} in “${concept}”.`);
    return item;
  }

  links(concept: string): Locator {
    return this.detail(concept).locator('ol.synth-link-list > li');
  }
}
