import type { Locator, Page } from 'playwright-core';
import { waitForStatus } from '../support/wait.js';
import { ProjectNav } from './project-nav.js';

/** Synthesis › Synthesis: the tree of third-order constructs, the selected one's details and evidence chain. */
export class SynthesisPage {
  readonly nav: ProjectNav;
  readonly heading: Locator;
  readonly tree: Locator;
  readonly treePanel: Locator;

  constructor(readonly page: Page) {
    this.nav = new ProjectNav(page);
    this.heading = page.getByRole('heading', { level: 1, name: 'Synthesis' });
    this.tree = page.getByRole('tree', { name: 'Third-order constructs' });
    this.treePanel = page.getByRole('region', { name: 'Third-order constructs' });
  }

  async open(): Promise<this> {
    await this.nav.open('Synthesis');
    await this.treePanel.waitFor();
    return this;
  }

  /** "New overarching": name and interpretation; the new construct is then selected. */
  async addOverarching(label: string, interpretation?: string): Promise<Locator> {
    await this.treePanel.getByRole('button', { name: 'New overarching' }).click();
    const form = this.page.getByRole('form', { name: 'New overarching construct' });
    await form.getByLabel('Name').fill(label);
    if (interpretation) await form.getByLabel(/^Interpretation/).fill(interpretation);
    await form.getByRole('button', { name: 'Add', exact: true }).click();
    await form.waitFor({ state: 'detached' });
    await this.item(label).waitFor();
    await waitForStatus(this.page, `Added the overarching construct “${label}”.`);
    const details = this.details(label);
    await details.waitFor();
    return details;
  }

  /** A construct's row in the tree (a tree item's own name includes those of the constructs within it). */
  item(label: string): Locator {
    return this.tree.locator('.synth-tree-label', { hasText: new RegExp(`^${escape(label)}$`) });
  }

  async select(label: string): Promise<Locator> {
    await this.item(label).click();
    const details = this.details(label);
    await details.waitFor();
    return details;
  }

  /** The selected construct's panel (a region named by the construct). */
  details(label: string): Locator {
    return this.page.getByRole('region', { name: label, exact: true });
  }

  async linkConcept(label: string, concept: string): Promise<void> {
    const details = this.details(label);
    const form = details.locator('form.synth-place-menu').filter({ has: this.page.getByLabel('Link a concept') });
    await form.getByLabel('Link a concept').selectOption({ label: concept });
    await form.getByRole('button', { name: 'Link', exact: true }).click();
    await this.evidenceConcept(label, concept).waitFor();
    await waitForStatus(this.page, `Linked concept “${concept}” to “${label}”.`);
  }

  /** The part of the evidence chain under one concept. */
  evidenceConcept(label: string, concept: string): Locator {
    return this.details(label).getByRole('region', { name: `Concept ${concept}` });
  }

  /** The quote links of the evidence chain ("Study 2019, p. 1"), which open the passage in the study. */
  quoteLinks(scope: Locator): Locator {
    return scope.locator('.synth-quotes').getByRole('link');
  }
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
