import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { waitForText } from '../support/wait.js';
import { ProjectNav } from './project-nav.js';

export type ReportFormat = 'HTML' | 'Word' | 'PDF' | 'Markdown';

export type DownloadedFile = Readonly<{ path: string; name: string; size: number; head: Buffer }>;

/** Reporting › Report: the preview, the eMERGe and ENTREQ checklists, and the downloads. */
export class ReportPage {
  readonly nav: ProjectNav;
  readonly heading: Locator;
  readonly tabs: Locator;
  readonly preview: Locator;
  readonly downloads: Locator;

  constructor(readonly page: Page) {
    this.nav = new ProjectNav(page);
    this.heading = page.getByRole('heading', { level: 1, name: 'Report' });
    this.tabs = page.getByRole('tablist', { name: 'Report views' });
    this.preview = page.getByRole('article', { name: 'Report preview' });
    this.downloads = page.getByRole('group', { name: 'Download the report' });
  }

  async open(): Promise<this> {
    await this.nav.open('Report');
    await this.preview.waitFor({ timeout: 30_000 });
    return this;
  }

  async showTab(name: 'Preview' | 'eMERGe and ENTREQ' | 'Report texts' | 'Tables and figures'): Promise<Locator> {
    await this.tabs.getByRole('tab', { name }).click();
    const panel = this.page.getByRole('tabpanel', { name });
    await panel.waitFor();
    return panel;
  }

  /** The eMERGe table (after showTab('eMERGe and ENTREQ')): its heading reads "eMERGe: N of 19 items reported". */
  checklist(name: 'eMERGe' | 'ENTREQ'): Locator {
    return this.page.getByRole('region', { name: new RegExp(`^${name}: \\d+ of \\d+ items reported$`) });
  }

  /** Click a download button and save the file the browser receives into `dir`. */
  async download(format: ReportFormat, dir: string, timeout = 90_000): Promise<DownloadedFile> {
    const event = this.page.waitForEvent('download', { timeout });
    await this.downloads.getByRole('link', { name: format, exact: true }).click();
    const download = await event;
    const failure = await download.failure();
    if (failure) throw new Error(`The ${format} download failed: ${failure}`);
    const name = download.suggestedFilename();
    const path = join(dir, name);
    await download.saveAs(path);
    const size = statSync(path).size;
    return { path, name, size, head: readFileSync(path).subarray(0, 64) };
  }

  async waitForPreview(text: string | RegExp): Promise<string> {
    return waitForText(this.preview, text, 30_000);
  }
}
