import type { Locator, Page } from 'playwright-core';
import { waitForText } from '../support/wait.js';
import { ProjectNav } from './project-nav.js';

export type ConstructOrder = 'first' | 'second';

/**
 * One study's workspace: the PDF (pdf.js canvas + text layer) on the left, the constructs,
 * characteristics and appraisal tabs on the right.
 */
export class StudyWorkspace {
  readonly nav: ProjectNav;
  readonly heading: Locator;
  readonly document: Locator;
  readonly panel: Locator;
  readonly textLayer: Locator;
  readonly selectionToolbar: Locator;

  constructor(
    readonly page: Page,
    readonly label: string,
  ) {
    this.nav = new ProjectNav(page);
    this.heading = page.getByRole('heading', { level: 1, name: label, exact: true });
    this.document = page.getByRole('region', { name: 'Full text' });
    this.panel = page.getByRole('complementary', { name: 'Study details' });
    this.textLayer = this.document.locator('.pdf-page .textLayer');
    this.selectionToolbar = page.getByRole('toolbar', { name: 'Code the selected text' });
  }

  async waitUntilOpen(): Promise<this> {
    await this.heading.waitFor();
    return this;
  }

  /** Upload the study's PDF through "Choose a PDF…" and wait until its text is extracted and drawn. */
  async uploadPdf(path: string): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.document.getByRole('button', { name: 'Choose a PDF…' }).click();
    await (await chooser).setFiles(path);
    await this.waitForText();
  }

  /** The text of the shown PDF is extracted (the file bar says how many pages) and its text layer is drawn. */
  async waitForText(timeout = 60_000): Promise<void> {
    await waitForText(this.document.locator('.file-bar'), /\d+ pages?/, timeout);
    await this.textLayer.locator('span').first().waitFor({ timeout });
  }

  /**
   * Select `text` in the rendered text layer with the mouse, the way a reader does: press before its
   * first character and drag to just past its last one. The text must lie within one line (one span).
   */
  async dragSelect(text: string): Promise<void> {
    const at = await this.page.evaluate((wanted) => {
      const spans = [...document.querySelectorAll('.pdf-page .textLayer span')];
      for (const span of spans) {
        const node = [...span.childNodes].find((n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').includes(wanted));
        if (!node) continue;
        span.scrollIntoView({ block: 'center' });
        const start = (node.textContent ?? '').indexOf(wanted);
        const range = document.createRange();
        range.setStart(node, start);
        range.setEnd(node, start + 1);
        const first = range.getBoundingClientRect();
        range.setStart(node, start + wanted.length - 1);
        range.setEnd(node, start + wanted.length);
        const last = range.getBoundingClientRect();
        return { found: true as const, x1: first.left + 1, y1: first.top + first.height / 2, x2: last.right - 0.5, y2: last.top + last.height / 2 };
      }
      return { found: false as const, lines: spans.map((s) => s.textContent ?? '') };
    }, text);
    if (!at.found) throw new Error(`No line of the text layer contains ${JSON.stringify(text)}; its lines are:\n${at.lines.join('\n')}`);
    await this.page.mouse.move(at.x1, at.y1);
    await this.page.mouse.down();
    await this.page.mouse.move(at.x2, at.y2, { steps: 12 });
    await this.page.mouse.up();
    await this.selectionToolbar.waitFor();
  }

  /** What the browser holds as selected. */
  async selectedText(): Promise<string> {
    return this.page.evaluate(() => window.getSelection()?.toString() ?? '');
  }

  /** Choose "First-order construct" or "Second-order construct" in the toolbar under the selection; returns the draft form. */
  async codeSelection(order: ConstructOrder): Promise<Locator> {
    await this.selectionToolbar.getByRole('button', { name: order === 'first' ? 'First-order construct' : 'Second-order construct' }).click();
    const form = this.newConstructForm(order);
    await form.waitFor();
    return form;
  }

  newConstructForm(order: ConstructOrder): Locator {
    return this.panel.getByRole('form', { name: `New ${order}-order construct` });
  }

  /** Fill and submit the draft form; waits for the construct's card in its group. */
  async saveConstruct(form: Locator, order: ConstructOrder, fields: { label?: string; memo?: string }): Promise<Locator> {
    if (fields.label !== undefined) await form.getByLabel('Label').fill(fields.label);
    if (fields.memo !== undefined) await form.getByLabel(/^Memo/).fill(fields.memo);
    const label = await form.getByLabel('Label').inputValue();
    await form.getByRole('button', { name: `Add ${order}-order construct` }).click();
    await form.waitFor({ state: 'detached' });
    const card = this.constructCard(label);
    await card.waitFor();
    return card;
  }

  /** "Add from a typed quote": a passage typed in, found in the PDF's text, coded at once. */
  async addTypedConstruct(order: ConstructOrder, quote: string, label: string): Promise<Locator> {
    await this.panel.getByRole('button', { name: 'Add from a typed quote' }).click();
    const form = this.panel.getByRole('form', { name: 'Add a passage by its quote' });
    await form.getByRole('radio', { name: order === 'first' ? 'First-order construct' : 'Second-order construct' }).check();
    await form.getByLabel('Quote', { exact: true }).fill(quote);
    await form.getByLabel('Label').fill(label);
    await form.getByRole('button', { name: `Add ${order}-order construct` }).click();
    await form.waitFor({ state: 'detached' });
    const card = this.constructCard(label);
    await card.waitFor();
    return card;
  }

  group(order: ConstructOrder): Locator {
    return this.panel.getByRole('region', { name: new RegExp(`^${order === 'first' ? 'First' : 'Second'}-order constructs`) });
  }

  constructCard(label: string): Locator {
    return this.panel.getByRole('article', { name: label, exact: true });
  }

  /** Highlight boxes drawn over the page, by tone; `selected` only those of the selected excerpt. */
  highlights(tone?: 'first' | 'second' | 'excerpt', selected = false): Locator {
    return this.document.locator(`.pdf-hl${tone ? `.pdf-hl-${tone}` : ''}${selected ? '.is-selected' : ''}`);
  }

  /**
   * The characters of the text layer that lie under the highlight boxes of the selected excerpt (the one
   * a link pointed to), in reading order: what the reader sees highlighted.
   */
  async selectedHighlightText(): Promise<string> {
    return this.page.evaluate(() => {
      const boxes = [...document.querySelectorAll('.pdf-hl.is-selected')].map((b) => b.getBoundingClientRect());
      const inside = (x: number, y: number): boolean => boxes.some((b) => x >= b.left && x <= b.right && y >= b.top && y <= b.bottom);
      let out = '';
      for (const span of document.querySelectorAll('.pdf-page .textLayer span')) {
        for (const node of span.childNodes) {
          if (node.nodeType !== Node.TEXT_NODE) continue;
          const text = node.textContent ?? '';
          const range = document.createRange();
          let line = '';
          for (let i = 0; i < text.length; i++) {
            range.setStart(node, i);
            range.setEnd(node, i + 1);
            const r = range.getBoundingClientRect();
            if (r.width > 0 && inside(r.left + r.width / 2, r.top + r.height / 2)) line += text[i];
            else if (line && !line.endsWith(' ')) line += ' ';
          }
          if (line.trim()) out += `${line.trim()} `;
        }
      }
      return out.replace(/\s+/g, ' ').trim();
    });
  }

  /** Whether the element is within the visible part of the PDF's scrolling column. */
  async isInView(locator: Locator): Promise<boolean> {
    const scroller = await this.document.locator('.pdf-scroll').boundingBox();
    const box = await locator.first().boundingBox();
    if (!scroller || !box) return false;
    return box.y >= scroller.y && box.y + box.height <= scroller.y + scroller.height;
  }
}
