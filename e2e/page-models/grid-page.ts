import type { Locator, Page } from 'playwright-core';
import { waitForStatus, waitForText } from '../support/wait.js';
import { ProjectNav } from './project-nav.js';

/** Synthesis › Grid: the juxtaposition grid of studies × concepts, with the palette of unplaced constructs. */
export class GridPage {
  readonly nav: ProjectNav;
  readonly heading: Locator;
  readonly grid: Locator;
  readonly palette: Locator;
  readonly inspector: Locator;

  constructor(readonly page: Page) {
    this.nav = new ProjectNav(page);
    this.heading = page.getByRole('heading', { level: 1, name: 'Juxtaposition grid' });
    this.grid = page.getByRole('grid', { name: 'Juxtaposition grid' });
    this.palette = page.getByRole('region', { name: 'Unplaced constructs' });
    this.inspector = page.getByRole('region', { name: 'Selected item' });
  }

  async open(): Promise<this> {
    await this.nav.open('Grid');
    await this.palette.waitFor();
    return this;
  }

  async addConcept(label: string): Promise<void> {
    await this.page.getByLabel('New concept').fill(label);
    await this.page.getByRole('button', { name: 'Add concept' }).click();
    await this.grid.getByRole('columnheader', { name: label }).waitFor();
    await waitForStatus(this.page, `Added concept “${label}”.`);
  }

  /** Show one study's unplaced constructs in the palette. */
  async showStudy(label: string): Promise<void> {
    const select = this.palette.getByLabel('Study', { exact: true });
    const value = await select.locator('option', { hasText: label }).getAttribute('value');
    if (value === null) throw new Error(`The palette offers no study ${label}`);
    await select.selectOption(value);
  }

  /** A construct's chip in the palette (its name is "First-order: label" or "Second-order: label"). */
  chip(label: string): Locator {
    return this.palette.getByRole('button', { name: new RegExp(`^(First|Second)-order: ${escape(label)}$`) });
  }

  /**
   * Place a construct with the keyboard: focus its chip, press Enter to select it (unless the page has
   * already selected it), choose the concept in "Place under" and press Enter on Place.
   */
  async placeWithKeyboard(constructLabel: string, conceptLabel: string): Promise<void> {
    const chip = this.chip(constructLabel);
    await chip.focus();
    if ((await chip.getAttribute('aria-pressed')) !== 'true') await this.page.keyboard.press('Enter');
    const menu = this.palette.locator('form.synth-place-menu');
    await menu.getByLabel('Place under').selectOption({ label: conceptLabel });
    await menu.getByRole('button', { name: 'Place', exact: true }).focus();
    await this.page.keyboard.press('Enter');
    await this.cell(constructLabel).waitFor();
    await waitForStatus(this.page, `Placed “${constructLabel}” under “${conceptLabel}”.`);
  }

  /** The grid cell holding a construct's chip. */
  cell(constructLabel: string): Locator {
    return this.grid.getByRole('gridcell').filter({ has: this.page.getByRole('button', { name: new RegExp(`-order: ${escape(constructLabel)}$`) }) });
  }

  async waitForFooter(text: string | RegExp): Promise<string> {
    return waitForText(this.page.locator('.synth-grid-foot'), text);
  }
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
