/**
 * Inline SVG charts drawn at write time: no chart library, no script, so they show with JS disabled
 * and cost nothing at load. Colours come from CSS classes (light/dark themes); every bar and segment
 * also carries its label and count as text, so colour is never the only signal.
 */
import { escapeHtml } from './escape.js';

export interface ChartEntry {
  /** CSS class suffix and stable key, e.g. `critical` or `vulnerability`. */
  key: string;
  label: string;
  count: number;
}

const BAR_ROW = 28;
const BAR_LABEL_WIDTH = 84;
const BAR_MAX = 220;
const BAR_CHART_WIDTH = BAR_LABEL_WIDTH + BAR_MAX + 56;

/** Fixed decimals so the bytes never depend on floating-point printing of a long fraction. */
function num(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(3).replace(/0+$/, '').replace(/\.$/, '');
}

/** Horizontal bars, one per entry (zeros included so the severities always line up). */
export function barChart(id: string, title: string, entries: readonly ChartEntry[]): string {
  const max = Math.max(1, ...entries.map((e) => e.count));
  const height = entries.length * BAR_ROW + 4;
  const rows = entries.map((e, i) => {
    const y = i * BAR_ROW + 4;
    const w = e.count === 0 ? 0 : Math.max(2, (e.count / max) * BAR_MAX);
    return (
      `<g class="bar bar-${escapeHtml(e.key)}"><title>${escapeHtml(e.label)}: ${e.count}</title>` +
      `<text class="chart-label" x="0" y="${y + 15}">${escapeHtml(e.label)}</text>` +
      `<rect x="${BAR_LABEL_WIDTH}" y="${y + 2}" width="${num(w)}" height="18" rx="3"></rect>` +
      `<text class="chart-count" x="${num(BAR_LABEL_WIDTH + w + 6)}" y="${y + 15}">${e.count}</text></g>`
    );
  });
  return (
    `<svg id="${id}" class="chart bar-chart" role="img" aria-labelledby="${id}-title" ` +
    `viewBox="0 0 ${BAR_CHART_WIDTH} ${height}" width="${BAR_CHART_WIDTH}" height="${height}">` +
    `<title id="${id}-title">${escapeHtml(title)}</title>${rows.join('')}</svg>`
  );
}

// r such that the circumference is 100: segment lengths are then plain percentages.
const DONUT_R = 15.91549430918954;

/** A donut of the non-zero entries with an HTML legend (label, count, share) beside it. */
export function donutChart(id: string, title: string, entries: readonly ChartEntry[]): string {
  const present = entries.filter((e) => e.count > 0);
  const total = present.reduce((sum, e) => sum + e.count, 0);
  let offset = 0;
  const segments = present.map((e) => {
    const share = (e.count / total) * 100;
    // Start at 12 o'clock (offset 25) and go clockwise.
    const segment =
      `<circle class="segment segment-${escapeHtml(e.key)}" cx="21" cy="21" r="${DONUT_R}" ` +
      `stroke-dasharray="${num(share)} ${num(100 - share)}" stroke-dashoffset="${num(25 - offset)}">` +
      `<title>${escapeHtml(e.label)}: ${e.count}</title></circle>`;
    offset += share;
    return segment;
  });
  const legend = present.map(
    (e) =>
      `<li><span class="swatch segment-${escapeHtml(e.key)}" aria-hidden="true"></span>` +
      `${escapeHtml(e.label)} <strong>${e.count}</strong> <span class="muted">(${((e.count / total) * 100).toFixed(1)}%)</span></li>`,
  );
  return (
    `<div class="donut-wrap"><svg id="${id}" class="chart donut-chart" role="img" aria-labelledby="${id}-title" ` +
    `viewBox="0 0 42 42" width="168" height="168"><title id="${id}-title">${escapeHtml(title)}</title>` +
    `<circle class="donut-hole" cx="21" cy="21" r="${DONUT_R}"></circle>${segments.join('')}` +
    `<text class="donut-total" x="21" y="22.5" text-anchor="middle">${total}</text></svg>` +
    `<ul class="legend">${legend.join('')}</ul></div>`
  );
}
