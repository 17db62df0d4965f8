// A self-contained SVG of one run: request latency (p50 and p99 per second, log scale) over time,
// errors per second in a strip below, and the chain's phases as bands behind, so a reader sees at a
// glance when the application suffered and which phase it was in.
import type { Phase } from './types.js';
import type { RunSummary } from './summary.js';

const WIDTH = 960;
const HEIGHT = 380;
const MARGIN = { left: 64, right: 24, top: 58, bottom: 96 };
const STRIP = 36;

const PHASE_STYLE: Record<Phase, { fill: string; label: string } | null> = {
  before: null,
  after: null,
  migrate: { fill: '#fecaca', label: 'migrate (one transaction per folder)' },
  expand: { fill: '#bbf7d0', label: 'expand' },
  backfill: { fill: '#fef08a', label: 'backfill' },
  pause: { fill: '#e5e7eb', label: 'pause (deploy)' },
  contract: { fill: '#ddd6fe', label: 'contract' },
};

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const msLabel = (ms: number) => (ms >= 1000 ? `${ms / 1000} s` : `${ms} ms`);

/** Consecutive windows of the same phase drawn as one band. */
function bands(summary: RunSummary): { phase: Phase; startMs: number; endMs: number }[] {
  const merged: { phase: Phase; startMs: number; endMs: number }[] = [];
  for (const window of summary.phases) {
    const last = merged.at(-1);
    if (last && last.phase === window.phase) last.endMs = window.endMs;
    else merged.push({ phase: window.phase, startMs: window.startMs, endMs: window.endMs });
  }
  return merged.filter((band) => PHASE_STYLE[band.phase] !== null);
}

function niceStep(span: number, targetTicks: number): number {
  const raw = span / targetTicks;
  const power = 10 ** Math.floor(Math.log10(raw));
  return [1, 2, 5, 10].map((m) => m * power).find((step) => step >= raw) ?? raw;
}

function polyline(points: [number, number | null][], color: string, width: number): string {
  const segments: string[] = [];
  let current: string[] = [];
  for (const [x, y] of points) {
    if (y === null) {
      if (current.length > 0) segments.push(current.join(' '));
      current = [];
    } else current.push(`${x.toFixed(1)},${y.toFixed(1)}`);
  }
  if (current.length > 0) segments.push(current.join(' '));
  return segments
    .map((segment) =>
      segment.includes(' ')
        ? `<polyline fill="none" stroke="${color}" stroke-width="${width}" stroke-linejoin="round" points="${segment}"/>`
        : `<circle cx="${segment.split(',')[0]}" cy="${segment.split(',')[1]}" r="${width}" fill="${color}"/>`,
    )
    .join('\n');
}

export function renderChart(summary: RunSummary, title: string): string {
  const plotWidth = WIDTH - MARGIN.left - MARGIN.right;
  const plotHeight = HEIGHT - MARGIN.top - MARGIN.bottom;
  const seconds = Math.max(1, summary.runSeconds);
  const x = (s: number) => MARGIN.left + (Math.min(seconds, Math.max(0, s)) / seconds) * plotWidth;
  const maxLatency = Math.max(10, ...summary.perSecond.map((b) => b.p99Ms ?? 0));
  const topDecade = 10 ** Math.ceil(Math.log10(maxLatency));
  const y = (ms: number) => MARGIN.top + plotHeight - (Math.log10(Math.max(1, ms)) / Math.log10(topDecade)) * plotHeight;
  const parts: string[] = [];

  for (const band of bands(summary)) {
    const style = PHASE_STYLE[band.phase]!;
    const left = x(band.startMs / 1000);
    const width = Math.max(1, x(band.endMs / 1000) - left);
    parts.push(`<rect x="${left.toFixed(1)}" y="${MARGIN.top}" width="${width.toFixed(1)}" height="${plotHeight + STRIP + 8}" fill="${style.fill}" opacity="0.8"/>`);
    const label = width > style.label.length * 6.2 ? style.label : width > 8 * 6.2 ? band.phase : '';
    if (label) parts.push(`<text x="${(left + 4).toFixed(1)}" y="${MARGIN.top + 13}" font-size="11" fill="#374151">${escape(label)}</text>`);
  }
  // Where each finding's step starts, so a spike can be traced to its folder.
  let lastLabelX = -Infinity;
  for (const step of summary.steps) {
    const at = x(step.startMs / 1000);
    parts.push(`<line x1="${at.toFixed(1)}" x2="${at.toFixed(1)}" y1="${MARGIN.top + plotHeight - 6}" y2="${MARGIN.top + plotHeight}" stroke="#6b7280" stroke-width="0.8"/>`);
    if (step.finding !== null && at - lastLabelX >= 24) {
      parts.push(`<text x="${at.toFixed(1)}" y="${MARGIN.top + plotHeight - 9}" font-size="9" text-anchor="middle" fill="#6b7280">f${step.finding}</text>`);
      lastLabelX = at;
    }
  }
  for (let decade = 1; decade <= topDecade; decade *= 10) {
    parts.push(`<line x1="${MARGIN.left}" x2="${WIDTH - MARGIN.right}" y1="${y(decade).toFixed(1)}" y2="${y(decade).toFixed(1)}" stroke="#d1d5db" stroke-width="0.8"/>`);
    parts.push(`<text x="${MARGIN.left - 6}" y="${(y(decade) + 4).toFixed(1)}" font-size="11" text-anchor="end" fill="#4b5563">${msLabel(decade)}</text>`);
  }
  const tick = niceStep(seconds, 10);
  const stripTop = MARGIN.top + plotHeight + 8;
  for (let s = 0; s <= seconds; s += tick) {
    parts.push(`<line x1="${x(s).toFixed(1)}" x2="${x(s).toFixed(1)}" y1="${stripTop + STRIP}" y2="${stripTop + STRIP + 4}" stroke="#6b7280"/>`);
    parts.push(`<text x="${x(s).toFixed(1)}" y="${stripTop + STRIP + 16}" font-size="11" text-anchor="middle" fill="#4b5563">${s} s</text>`);
  }
  const centre = (b: { second: number }) => x(b.second + 0.5);
  parts.push(polyline(summary.perSecond.map((b) => [centre(b), b.p99Ms === null ? null : y(b.p99Ms)]), '#ea580c', 1.8));
  parts.push(polyline(summary.perSecond.map((b) => [centre(b), b.p50Ms === null ? null : y(b.p50Ms)]), '#2563eb', 1.8));

  const maxErrors = Math.max(0, ...summary.perSecond.map((b) => b.errors));
  parts.push(`<line x1="${MARGIN.left}" x2="${WIDTH - MARGIN.right}" y1="${stripTop + STRIP}" y2="${stripTop + STRIP}" stroke="#9ca3af"/>`);
  parts.push(`<text x="${MARGIN.left - 6}" y="${stripTop + STRIP / 2 + 4}" font-size="11" text-anchor="end" fill="#b91c1c">errors/s</text>`);
  const barWidth = Math.max(1, plotWidth / seconds - 1);
  for (const b of summary.perSecond.filter((s) => s.errors > 0)) {
    const height = Math.max(2, (b.errors / maxErrors) * (STRIP - 4));
    parts.push(`<rect x="${x(b.second).toFixed(1)}" y="${(stripTop + STRIP - height).toFixed(1)}" width="${barWidth.toFixed(1)}" height="${height.toFixed(1)}" fill="#dc2626"/>`);
  }
  parts.push(`<text x="${WIDTH - MARGIN.right}" y="${stripTop + 10}" font-size="10" text-anchor="end" fill="#b91c1c">${maxErrors > 0 ? `max ${maxErrors} errors/s` : 'no errors'}</text>`);

  const legendY = HEIGHT - 18;
  parts.push(`<line x1="${MARGIN.left}" x2="${MARGIN.left + 22}" y1="${legendY - 4}" y2="${legendY - 4}" stroke="#2563eb" stroke-width="2.5"/>`);
  parts.push(`<text x="${MARGIN.left + 28}" y="${legendY}" font-size="12" fill="#111827">p50 latency per second</text>`);
  parts.push(`<line x1="${MARGIN.left + 190}" x2="${MARGIN.left + 212}" y1="${legendY - 4}" y2="${legendY - 4}" stroke="#ea580c" stroke-width="2.5"/>`);
  parts.push(`<text x="${MARGIN.left + 218}" y="${legendY}" font-size="12" fill="#111827">p99 latency per second (log scale)</text>`);
  parts.push(`<rect x="${MARGIN.left + 440}" y="${legendY - 10}" width="10" height="10" fill="#dc2626"/>`);
  parts.push(`<text x="${MARGIN.left + 456}" y="${legendY}" font-size="12" fill="#111827">failed requests per second</text>`);

  const facts = [
    `failed requests ${summary.failedRequests} of ${summary.requests}`,
    `lost writes ${summary.lostWrites}`,
    `longest lock wait ${summary.maxLockWaitMs} ms`,
    `longest ACCESS EXCLUSIVE ${summary.maxAccessExclusiveMs} ms`,
    `chain ${summary.totalSeconds} s`,
  ].join(' · ');
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}" font-family="'DejaVu Sans', Verdana, Arial, sans-serif">`,
    `<rect width="${WIDTH}" height="${HEIGHT}" fill="#ffffff"/>`,
    `<text x="${MARGIN.left}" y="22" font-size="16" font-weight="600" fill="#111827">${escape(title)}</text>`,
    `<text x="${MARGIN.left}" y="42" font-size="12" fill="#374151">${escape(facts)}</text>`,
    ...parts,
    `<rect x="${MARGIN.left}" y="${MARGIN.top}" width="${plotWidth}" height="${plotHeight}" fill="none" stroke="#9ca3af"/>`,
    '</svg>',
    '',
  ].join('\n');
}
