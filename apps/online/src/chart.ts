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

interface Geometry {
  plotWidth: number;
  plotHeight: number;
  seconds: number;
  topDecade: number;
  stripTop: number;
  x(seconds: number): number;
  y(ms: number): number;
}

function geometryOf(summary: RunSummary): Geometry {
  const plotWidth = WIDTH - MARGIN.left - MARGIN.right;
  const plotHeight = HEIGHT - MARGIN.top - MARGIN.bottom;
  const seconds = Math.max(1, summary.runSeconds);
  const maxLatency = Math.max(10, ...summary.perSecond.map((b) => b.p99Ms ?? 0));
  const topDecade = 10 ** Math.ceil(Math.log10(maxLatency));
  return {
    plotWidth,
    plotHeight,
    seconds,
    topDecade,
    stripTop: MARGIN.top + plotHeight + 8,
    x: (s) => MARGIN.left + (Math.min(seconds, Math.max(0, s)) / seconds) * plotWidth,
    y: (ms) => MARGIN.top + plotHeight - (Math.log10(Math.max(1, ms)) / Math.log10(topDecade)) * plotHeight,
  };
}

/** The phases as bands behind everything, and where each finding's step starts. */
function phaseParts(summary: RunSummary, g: Geometry): string[] {
  const parts: string[] = [];
  for (const band of bands(summary)) {
    const style = PHASE_STYLE[band.phase]!;
    const left = g.x(band.startMs / 1000);
    const width = Math.max(1, g.x(band.endMs / 1000) - left);
    parts.push(
      `<rect x="${left.toFixed(1)}" y="${MARGIN.top}" width="${width.toFixed(1)}" height="${g.plotHeight + STRIP + 8}" fill="${style.fill}" opacity="0.8"/>`,
    );
    const label = width > style.label.length * 6.2 ? style.label : width > 8 * 6.2 ? band.phase : '';
    if (label)
      parts.push(`<text x="${(left + 4).toFixed(1)}" y="${MARGIN.top + 13}" font-size="11" fill="#374151">${escape(label)}</text>`);
  }
  // Where each finding's step starts, so a spike can be traced to its folder.
  let lastLabelX = -Infinity;
  const axis = MARGIN.top + g.plotHeight;
  for (const step of summary.steps) {
    const at = g.x(step.startMs / 1000).toFixed(1);
    parts.push(`<line x1="${at}" x2="${at}" y1="${axis - 6}" y2="${axis}" stroke="#6b7280" stroke-width="0.8"/>`);
    if (step.finding !== null && Number(at) - lastLabelX >= 24) {
      parts.push(`<text x="${at}" y="${axis - 9}" font-size="9" text-anchor="middle" fill="#6b7280">f${step.finding}</text>`);
      lastLabelX = Number(at);
    }
  }
  return parts;
}

/** Latency grid (one line per decade), the time axis, and the p50 / p99 lines. */
function latencyParts(summary: RunSummary, g: Geometry): string[] {
  const parts: string[] = [];
  for (let decade = 1; decade <= g.topDecade; decade *= 10) {
    const at = g.y(decade).toFixed(1);
    parts.push(`<line x1="${MARGIN.left}" x2="${WIDTH - MARGIN.right}" y1="${at}" y2="${at}" stroke="#d1d5db" stroke-width="0.8"/>`);
    parts.push(
      `<text x="${MARGIN.left - 6}" y="${(Number(at) + 4).toFixed(1)}" font-size="11" text-anchor="end" fill="#4b5563">${msLabel(decade)}</text>`,
    );
  }
  const axis = g.stripTop + STRIP;
  for (let s = 0; s <= g.seconds; s += niceStep(g.seconds, 10)) {
    const at = g.x(s).toFixed(1);
    parts.push(`<line x1="${at}" x2="${at}" y1="${axis}" y2="${axis + 4}" stroke="#6b7280"/>`);
    parts.push(`<text x="${at}" y="${axis + 16}" font-size="11" text-anchor="middle" fill="#4b5563">${s} s</text>`);
  }
  const centre = (b: { second: number }) => g.x(b.second + 0.5);
  parts.push(
    polyline(
      summary.perSecond.map((b) => [centre(b), b.p99Ms === null ? null : g.y(b.p99Ms)]),
      '#ea580c',
      1.8,
    ),
  );
  parts.push(
    polyline(
      summary.perSecond.map((b) => [centre(b), b.p50Ms === null ? null : g.y(b.p50Ms)]),
      '#2563eb',
      1.8,
    ),
  );
  return parts;
}

/** Failed requests per second, as bars in a strip under the plot. */
function errorParts(summary: RunSummary, g: Geometry): string[] {
  const axis = g.stripTop + STRIP;
  const maxErrors = Math.max(0, ...summary.perSecond.map((b) => b.errors));
  const parts = [
    `<line x1="${MARGIN.left}" x2="${WIDTH - MARGIN.right}" y1="${axis}" y2="${axis}" stroke="#9ca3af"/>`,
    `<text x="${MARGIN.left - 6}" y="${g.stripTop + STRIP / 2 + 4}" font-size="11" text-anchor="end" fill="#b91c1c">errors/s</text>`,
  ];
  const barWidth = Math.max(1, g.plotWidth / g.seconds - 1).toFixed(1);
  for (const b of summary.perSecond.filter((s) => s.errors > 0)) {
    const height = Math.max(2, (b.errors / maxErrors) * (STRIP - 4));
    parts.push(
      `<rect x="${g.x(b.second).toFixed(1)}" y="${(axis - height).toFixed(1)}" width="${barWidth}" height="${height.toFixed(1)}" fill="#dc2626"/>`,
    );
  }
  const note = maxErrors > 0 ? `max ${maxErrors} errors/s` : 'no errors';
  parts.push(`<text x="${WIDTH - MARGIN.right}" y="${g.stripTop + 10}" font-size="10" text-anchor="end" fill="#b91c1c">${note}</text>`);
  return parts;
}

function legendParts(): string[] {
  const y = HEIGHT - 18;
  const text = (x: number, label: string) => `<text x="${MARGIN.left + x}" y="${y}" font-size="12" fill="#111827">${label}</text>`;
  const line = (x: number, color: string) =>
    `<line x1="${MARGIN.left + x}" x2="${MARGIN.left + x + 22}" y1="${y - 4}" y2="${y - 4}" stroke="${color}" stroke-width="2.5"/>`;
  return [
    line(0, '#2563eb'),
    text(28, 'p50 latency per second'),
    line(190, '#ea580c'),
    text(218, 'p99 latency per second (log scale)'),
    `<rect x="${MARGIN.left + 440}" y="${y - 10}" width="10" height="10" fill="#dc2626"/>`,
    text(456, 'failed requests per second'),
  ];
}

export function renderChart(summary: RunSummary, title: string): string {
  const g = geometryOf(summary);
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
    ...phaseParts(summary, g),
    ...latencyParts(summary, g),
    ...errorParts(summary, g),
    ...legendParts(),
    `<rect x="${MARGIN.left}" y="${MARGIN.top}" width="${g.plotWidth}" height="${g.plotHeight}" fill="none" stroke="#9ca3af"/>`,
    '</svg>',
    '',
  ].join('\n');
}
