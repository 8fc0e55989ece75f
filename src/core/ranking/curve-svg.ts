import type { SimulationResult } from './simulate.js';

const width = 640;
const height = 420;
const margin = { top: 48, right: 24, bottom: 56, left: 64 };
const plotW = width - margin.left - margin.right;
const plotH = height - margin.top - margin.bottom;

function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!);
}

/** Up to ~6 round tick values from 0 to max (1, 2 or 5 times a power of ten apart). */
function ticks(max: number): number[] {
  if (max <= 0) return [0];
  const raw = max / 5;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? raw;
  const out: number[] = [];
  for (let v = 0; v <= max + 1e-9; v += step) out.push(Math.round(v * 1e6) / 1e6);
  return out;
}

const fmt = (v: number): string => (Math.round(v * 100) / 100).toString();
const pct = (v: number): string => (Number.isFinite(v) ? `${(v * 100).toFixed(1)}%` : 'n/a');

/**
 * Draws a simulation's recall curve as a self-contained SVG: includes found against records
 * screened, the expected curve of random screening (the diagonal), the point where 95% of the
 * includes had been found, and the headline figures. The curve is drawn as exact steps (one
 * horizontal and one vertical segment per include), so it stays small for any number of records.
 */
export function recallCurveSvg(result: SimulationResult, title = 'Recall curve (simulation)'): string {
  const n = Math.max(1, result.records);
  const total = Math.max(1, result.includes);
  const x = (k: number): number => margin.left + (k / n) * plotW;
  const y = (found: number): number => margin.top + plotH - (found / total) * plotH;

  let path = `M${fmt(x(0))},${fmt(y(0))}`;
  let previous = 0;
  result.curve.forEach((found, k) => {
    if (found !== previous) {
      path += `H${fmt(x(k))}V${fmt(y(found))}`;
      previous = found;
    }
  });
  path += `H${fmt(x(result.curve.length - 1))}`;

  const target = Math.ceil(0.95 * result.includes);
  const at95 = result.curve.findIndex((found) => found >= target);

  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="title desc" font-family="system-ui, -apple-system, 'Segoe UI', sans-serif" font-size="12">`,
    `<title id="title">${escapeXml(title)}</title>`,
    `<desc id="desc">Includes found (of ${result.includes}) against records screened (of ${result.records}), seed ${result.seed}. WSS@95 ${pct(result.wss95)}, recall at 10% ${pct(result.recallAt10)}.</desc>`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    `<text x="${margin.left}" y="22" font-size="15" font-weight="600" fill="#111827">${escapeXml(title)}</text>`,
    `<text x="${margin.left}" y="38" fill="#4b5563">${result.records} records, ${result.includes} includes, seed ${result.seed} · WSS@95 ${pct(result.wss95)} · WSS@100 ${pct(result.wss100)} · recall@10% ${pct(result.recallAt10)}</text>`,
  ];
  for (const t of ticks(result.records)) {
    parts.push(
      `<line x1="${fmt(x(t))}" y1="${margin.top}" x2="${fmt(x(t))}" y2="${margin.top + plotH}" stroke="#e5e7eb"/>`,
      `<text x="${fmt(x(t))}" y="${margin.top + plotH + 18}" text-anchor="middle" fill="#374151">${t}</text>`,
    );
  }
  for (const t of ticks(result.includes)) {
    parts.push(
      `<line x1="${margin.left}" y1="${fmt(y(t))}" x2="${margin.left + plotW}" y2="${fmt(y(t))}" stroke="#e5e7eb"/>`,
      `<text x="${margin.left - 8}" y="${fmt(y(t) + 4)}" text-anchor="end" fill="#374151">${t}</text>`,
    );
  }
  parts.push(
    `<rect x="${margin.left}" y="${margin.top}" width="${plotW}" height="${plotH}" fill="none" stroke="#9ca3af"/>`,
    `<text x="${margin.left + plotW / 2}" y="${height - 14}" text-anchor="middle" fill="#111827">Records screened</text>`,
    `<text transform="translate(18 ${margin.top + plotH / 2}) rotate(-90)" text-anchor="middle" fill="#111827">Includes found</text>`,
    `<line x1="${fmt(x(0))}" y1="${fmt(y(0))}" x2="${fmt(x(n))}" y2="${fmt(y(result.includes))}" stroke="#9ca3af" stroke-width="1.5" stroke-dasharray="6 4"/>`,
  );
  if (at95 >= 0) {
    parts.push(
      `<line x1="${fmt(x(at95))}" y1="${margin.top}" x2="${fmt(x(at95))}" y2="${margin.top + plotH}" stroke="#d97706" stroke-dasharray="2 3"/>`,
      `<text x="${fmt(Math.min(x(at95) + 4, margin.left + plotW - 4))}" y="${margin.top + 14}" text-anchor="${x(at95) + 4 > margin.left + plotW - 120 ? 'end' : 'start'}" fill="#92400e">95% found after ${at95}</text>`,
    );
  }
  parts.push(
    `<path d="${path}" fill="none" stroke="#2563eb" stroke-width="2"/>`,
    `<g transform="translate(${margin.left + plotW - 196} ${margin.top + plotH - 64})">`,
    `<rect width="188" height="40" fill="#ffffff" stroke="#d1d5db"/>`,
    `<line x1="8" y1="13" x2="32" y2="13" stroke="#2563eb" stroke-width="2"/><text x="38" y="17" fill="#111827">Active learning</text>`,
    `<line x1="8" y1="29" x2="32" y2="29" stroke="#9ca3af" stroke-width="1.5" stroke-dasharray="6 4"/><text x="38" y="33" fill="#111827">Random screening (expected)</text>`,
    `</g>`,
    `</svg>`,
  );
  return `${parts.join('\n')}\n`;
}
