// A grouped horizontal bar chart as self-contained SVG, in the style of
// runtime/plot.ts (same fonts, palette and tick rules): one group of bars per
// benchmark, one bar per variant (backend, or fused/unfused), each labelled
// with its value. Horizontal, because benchmark names are long and a value
// axis of milliseconds reads naturally left to right.
import { escapeXml, formatTick, niceTicks } from '../runtime/plot.ts';

export interface BarGroup {
  /** The benchmark, e.g. "train step (gpt, 16 × 64)". */
  label: string;
  /** One value per series, aligned with `BarChartOptions.series`; undefined leaves a gap (the variant did not run). */
  values: readonly (number | undefined)[];
}

export interface BarChartOptions {
  title?: string;
  /** Names of the bars within each group (legend order). */
  series: readonly string[];
  /** Axis label, e.g. "median ms per run (lower is better)". */
  valueLabel?: string;
  /** Width of the SVG; the height follows from the number of bars. */
  width?: number;
  /** How a bar's value is printed at its end. Default: 3 significant digits. */
  format?: (v: number) => string;
}

const PALETTE = ['#1f77b4', '#d62728', '#2ca02c', '#ff7f0e', '#9467bd', '#8c564b', '#e377c2', '#7f7f7f'];
const BAR_H = 14;
const GROUP_GAP = 12;
const f = (n: number): string => String(Math.round(n * 100) / 100);

export function barChartSvg(groups: readonly BarGroup[], options: BarChartOptions): string {
  const { series } = options;
  groups.forEach((g) => {
    if (g.values.length !== series.length) throw new Error(`barChartSvg: "${g.label}" has ${g.values.length} values for ${series.length} series`);
  });
  const format = options.format ?? ((v: number) => (v >= 100 ? v.toFixed(0) : v.toPrecision(3)));
  const width = options.width ?? 720;
  const labelW = Math.min(260, Math.max(80, ...groups.map((g) => g.label.length * 6.5 + 12)));
  const margin = { top: options.title ? 36 : 12, right: 64, bottom: options.valueLabel ? 46 : 28, left: labelW };
  const groupH = series.length * BAR_H + GROUP_GAP;
  const legendH = 22;
  const plotH = groups.length * groupH;
  const height = margin.top + legendH + plotH + margin.bottom;
  const plotW = width - margin.left - margin.right;
  const top = margin.top + legendH;

  const finite = groups.flatMap((g) => g.values.filter((v): v is number => v !== undefined && Number.isFinite(v)));
  const ticks = niceTicks(0, Math.max(0, ...finite) || 1);
  const max = ticks.ticks[ticks.ticks.length - 1]!;
  const px = (v: number): number => margin.left + (Math.max(0, v) / max) * plotW;

  const out: string[] = [];
  out.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${f(height)}" viewBox="0 0 ${width} ${f(height)}" font-family="system-ui, -apple-system, 'Segoe UI', sans-serif" font-size="12">`);
  out.push(`<rect x="0" y="0" width="${width}" height="${f(height)}" fill="#ffffff"/>`);
  if (options.title) out.push(`<text x="${f(width / 2)}" y="22" text-anchor="middle" font-size="15" font-weight="600" fill="#222">${escapeXml(options.title)}</text>`);

  // Legend on one line above the plot.
  let lx = margin.left;
  out.push('<g class="legend">');
  series.forEach((name, i) => {
    out.push(`<rect x="${f(lx)}" y="${margin.top + 4}" width="12" height="12" fill="${PALETTE[i % PALETTE.length]}"/>`);
    out.push(`<text x="${f(lx + 16)}" y="${margin.top + 14}" fill="#222">${escapeXml(name)}</text>`);
    lx += 16 + name.length * 7 + 18;
  });
  out.push('</g>');

  out.push('<g class="grid" stroke="#e5e5e5" stroke-width="1">');
  for (const t of ticks.ticks) out.push(`<line x1="${f(px(t))}" y1="${top}" x2="${f(px(t))}" y2="${top + plotH}"/>`);
  out.push('</g>');
  out.push('<g class="ticks" fill="#444" text-anchor="middle">');
  for (const t of ticks.ticks) out.push(`<text x="${f(px(t))}" y="${top + plotH + 16}">${escapeXml(formatTick(t, ticks.step))}</text>`);
  out.push('</g>');
  if (options.valueLabel) out.push(`<text x="${f(margin.left + plotW / 2)}" y="${f(height - 10)}" text-anchor="middle" fill="#222">${escapeXml(options.valueLabel)}</text>`);

  groups.forEach((g, gi) => {
    const gy = top + gi * groupH + GROUP_GAP / 2;
    out.push(`<g class="group" data-name="${escapeXml(g.label)}">`);
    out.push(`<text x="${margin.left - 8}" y="${f(gy + (series.length * BAR_H) / 2 + 4)}" text-anchor="end" fill="#222">${escapeXml(g.label)}</text>`);
    g.values.forEach((v, si) => {
      const y = gy + si * BAR_H;
      if (v === undefined || !Number.isFinite(v)) {
        out.push(`<text x="${margin.left + 4}" y="${f(y + BAR_H - 3)}" fill="#888" font-size="10">${escapeXml(`${series[si]}: not run`)}</text>`);
        return;
      }
      out.push(`<rect x="${margin.left}" y="${f(y + 1)}" width="${f(px(v) - margin.left)}" height="${BAR_H - 2}" fill="${PALETTE[si % PALETTE.length]}"/>`);
      out.push(`<text x="${f(px(v) + 4)}" y="${f(y + BAR_H - 3)}" fill="#222" font-size="10">${escapeXml(format(v))}</text>`);
    });
    out.push('</g>');
  });
  out.push(`<line x1="${margin.left}" y1="${top}" x2="${margin.left}" y2="${top + plotH}" stroke="#444" stroke-width="1"/>`);
  out.push('</svg>');
  return out.join('\n') + '\n';
}
