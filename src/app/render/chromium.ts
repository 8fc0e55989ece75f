import { existsSync } from 'node:fs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { AppError } from '../../core/errors.js';

/**
 * PDF and PNG output through the system's Chromium (Debian's `chromium`, or METAETHNO_CHROMIUM), driven by
 * playwright-core: the same engine that shows the HTML report prints it, so the PDF looks like the page.
 * A fresh profile per call, no network: the HTML is self-contained.
 */
export function chromiumPath(): string | undefined {
  const candidates = [process.env['METAETHNO_CHROMIUM'], '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
  return candidates.find((p): p is string => typeof p === 'string' && p !== '' && existsSync(p));
}

async function withPage<T>(fn: (context: BrowserContext) => Promise<T>): Promise<T> {
  const executablePath = chromiumPath();
  if (!executablePath) {
    throw new AppError('RENDERER_UNAVAILABLE', 'PDF and PNG output need Chromium: install it (Debian: apt-get install chromium) or set METAETHNO_CHROMIUM to its path. HTML, DOCX and Markdown work without it.');
  }
  const profile = mkdtempSync(join(tmpdir(), 'metaethno-chromium-'));
  let context: BrowserContext | undefined;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath,
      headless: true,
      offline: true,
      // Containers often give /dev/shm only 64 MB, where Chromium's pages crash; /tmp serves instead.
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
    });
    return await fn(context);
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('RENDERER_UNAVAILABLE', `Chromium could not render: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
  } finally {
    await context?.close().catch(() => undefined);
    rmSync(profile, { recursive: true, force: true });
  }
}

/** An A4 PDF of a self-contained HTML document. */
export function htmlToPdf(html: string): Promise<Uint8Array> {
  return withPage(async (context) => {
    const page = await context.newPage();
    await page.setContent(html, { waitUntil: 'load' });
    const pdf = await page.pdf({ format: 'A4', printBackground: true, margin: { top: '18mm', bottom: '18mm', left: '16mm', right: '16mm' } });
    return new Uint8Array(pdf);
  });
}

/** PNG renderings (2× for print) of SVG documents, by id. */
export function svgsToPng(svgs: Readonly<Record<string, string>>): Promise<Record<string, Uint8Array>> {
  return withPage(async (context) => {
    const page = await context.newPage();
    const out: Record<string, Uint8Array> = {};
    for (const [id, svg] of Object.entries(svgs)) {
      await page.setViewportSize({ width: 1200, height: 900 });
      await page.setContent(`<!doctype html><html><body style="margin:0;background:#fff">${svg}</body></html>`, { waitUntil: 'load' });
      const element = await page.$('svg');
      if (!element) continue;
      out[id] = new Uint8Array(await element.screenshot({ type: 'png', scale: 'device' }));
    }
    return out;
  });
}
