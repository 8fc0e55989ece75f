import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { waitForText } from '../support/wait.js';
import { ProjectNav } from './project-nav.js';

export class ImportPage {
  readonly nav: ProjectNav;
  readonly heading: Locator;
  readonly dropZone: Locator;
  readonly progress: Locator;
  readonly recordsImported: Locator;

  constructor(readonly page: Page) {
    this.nav = new ProjectNav(page);
    this.heading = page.getByRole('heading', { level: 1, name: 'Import' });
    this.dropZone = page.getByTestId('drop-zone');
    this.progress = page.locator('.upload-progress');
    this.recordsImported = page.getByTestId('records-imported');
  }

  async waitUntilOpen(): Promise<this> {
    await this.heading.waitFor();
    await this.dropZone.waitFor();
    return this;
  }

  /** The newest result (success) or failure shown under the drop zone. */
  latestResult(): Locator {
    return this.page.locator('.results > .result').first();
  }

  /** Upload through the "Choose files…" button and the browser's file chooser. */
  async chooseFiles(...paths: string[]): Promise<Locator> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.dropZone.getByRole('button', { name: 'Choose files…' }).click();
    await (await chooser).setFiles(paths);
    return this.waitForResult(paths.map((p) => basename(p)));
  }

  /**
   * Drop files onto the zone the way a browser does: dragenter, dragover and drop events carrying a
   * DataTransfer with the files in it.
   */
  async dropFiles(...paths: string[]): Promise<Locator> {
    const files = paths.map((p) => ({ name: basename(p), content: readFileSync(p).toString('base64') }));
    const dataTransfer = await this.page.evaluateHandle((list) => {
      const dt = new DataTransfer();
      for (const f of list) {
        const bytes = Uint8Array.from(atob(f.content), (c) => c.charCodeAt(0));
        dt.items.add(new File([bytes], f.name));
      }
      return dt;
    }, files);
    await this.dropZone.dispatchEvent('dragenter', { dataTransfer });
    await this.dropZone.dispatchEvent('dragover', { dataTransfer });
    await this.dropZone.dispatchEvent('drop', { dataTransfer });
    await dataTransfer.dispose();
    return this.waitForResult(files.map((f) => f.name));
  }

  private async waitForResult(names: string[]): Promise<Locator> {
    const result = this.latestResult();
    await waitForText(result, names.length === 1 ? names[0]! : /Imported|Nothing was imported/, 60_000);
    return result;
  }
}
