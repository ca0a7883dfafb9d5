// Report artefacts without dependencies: an SVG line chart for loss curves and
// Markdown tables. The SVG is self-contained (inline styles, no scripts, no
// external fonts) so it renders the same in a browser, on GitHub and in docs.

export interface Series {
  name: string;
  /** [step, value] pairs; non-finite values (a diverged loss) break the line. */
  points: readonly (readonly [number, number])[];
}

export interface ChartOptions {
  title?: string;
  xLabel?: string;
  yLabel?: string;
  width?: number;
  height?: number;
}

const PALETTE = ['#1f77b4', '#d62728', '#2ca02c', '#ff7f0e', '#9467bd', '#8c564b', '#e377c2', '#7f7f7f'];
/** Sparse series (validation every N steps) get point markers; dense ones would turn into a smear. */
const MARKER_MAX_POINTS = 40;

export function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

/**
 * About `target` round tick values (steps of 1, 2 or 5 × 10^k) covering [lo, hi].
 * Returns the ticks and the step between them.
 */
export function niceTicks(lo: number, hi: number, target = 5): { ticks: number[]; step: number } {
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) throw new Error(`niceTicks: range [${lo}, ${hi}] is not finite`);
  if (!(hi > lo)) {
    // A flat series still needs an axis: centre it in a small range around its value.
    const pad = lo === 0 ? 1 : Math.abs(lo) * 0.1;
    return niceTicks(lo - pad, hi + pad, target);
  }
  const raw = (hi - lo) / Math.max(1, target);
  const mag = 10 ** Math.floor(Math.log10(raw));
  const norm = raw / mag;
  const step = (norm <= 1 ? 1 : norm <= 2 ? 2 : norm <= 5 ? 5 : 10) * mag;
  // The epsilons keep float noise (0.30000000000000004 / 0.1) from adding a tick.
  const first = Math.floor(lo / step + 1e-9);
  const last = Math.ceil(hi / step - 1e-9);
  const ticks: number[] = [];
  for (let i = first; i <= last; i++) ticks.push(roundTo(i * step, step));
  return { ticks, step };
}

/** Removes float noise (0.30000000000000004) relative to the tick step. */
function roundTo(v: number, step: number): number {
  const decimals = Math.max(0, -Math.floor(Math.log10(step)) + 1);
  return Number(v.toFixed(Math.min(decimals, 20)));
}

/** A tick label: plain for ordinary numbers, k/M suffixes for large step counts, exponent for tiny values. */
export function formatTick(v: number, step: number): string {
  if (v === 0) return '0';
  const a = Math.abs(v);
  if (a >= 1e6 && step >= 1e5) return `${trimZeros((v / 1e6).toFixed(Math.max(0, -Math.floor(Math.log10(step / 1e6)))))}M`;
  if (a >= 1e4 && step >= 1e3) return `${trimZeros((v / 1e3).toFixed(Math.max(0, -Math.floor(Math.log10(step / 1e3)))))}k`;
  if (a < 1e-3) return v.toExponential(1);
  const decimals = Math.max(0, -Math.floor(Math.log10(step) + 1e-9));
  return v.toFixed(decimals);
}

function trimZeros(s: string): string {
  return s.includes('.') ? s.replace(/\.?0+$/, '') : s;
}

const f = (n: number): string => String(Math.round(n * 100) / 100);

/** An SVG line chart of one or more series sharing axes, with ticks, grid, axis labels and a legend. */
export function lossCurveSvg(series: readonly Series[], options: ChartOptions = {}): string {
  const width = options.width ?? 640;
  const height = options.height ?? 360;
  const margin = { top: options.title ? 36 : 16, right: 16, bottom: options.xLabel ? 48 : 32, left: options.yLabel ? 68 : 52 };
  const plotW = width - margin.left - margin.right;
  const plotH = height - margin.top - margin.bottom;

  const finite = series.flatMap((s) => s.points.filter(([x, y]) => Number.isFinite(x) && Number.isFinite(y)));
  const xs = finite.map((p) => p[0]);
  const ys = finite.map((p) => p[1]);
  const xt = niceTicks(xs.length ? Math.min(...xs) : 0, xs.length ? Math.max(...xs) : 1);
  const yt = niceTicks(ys.length ? Math.min(...ys) : 0, ys.length ? Math.max(...ys) : 1);
  const [x0, x1] = [xt.ticks[0]!, xt.ticks[xt.ticks.length - 1]!];
  const [y0, y1] = [yt.ticks[0]!, yt.ticks[yt.ticks.length - 1]!];
  const px = (x: number): number => margin.left + ((x - x0) / (x1 - x0)) * plotW;
  const py = (y: number): number => margin.top + plotH - ((y - y0) / (y1 - y0)) * plotH;

  const out: string[] = [];
  out.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="system-ui, -apple-system, 'Segoe UI', sans-serif" font-size="12">`);
  out.push(`<rect x="0" y="0" width="${width}" height="${height}" fill="#ffffff"/>`);
  if (options.title) {
    out.push(`<text x="${f(width / 2)}" y="22" text-anchor="middle" font-size="15" font-weight="600" fill="#222">${escapeXml(options.title)}</text>`);
  }

  out.push('<g class="grid" stroke="#e5e5e5" stroke-width="1">');
  for (const v of xt.ticks) out.push(`<line x1="${f(px(v))}" y1="${margin.top}" x2="${f(px(v))}" y2="${margin.top + plotH}"/>`);
  for (const v of yt.ticks) out.push(`<line x1="${margin.left}" y1="${f(py(v))}" x2="${margin.left + plotW}" y2="${f(py(v))}"/>`);
  out.push('</g>');

  out.push(`<g class="axes" stroke="#444" stroke-width="1"><line x1="${margin.left}" y1="${margin.top + plotH}" x2="${margin.left + plotW}" y2="${margin.top + plotH}"/><line x1="${margin.left}" y1="${margin.top}" x2="${margin.left}" y2="${margin.top + plotH}"/></g>`);
  out.push('<g class="x-ticks" fill="#444" text-anchor="middle">');
  for (const v of xt.ticks) out.push(`<text x="${f(px(v))}" y="${margin.top + plotH + 16}">${escapeXml(formatTick(v, xt.step))}</text>`);
  out.push('</g>');
  out.push('<g class="y-ticks" fill="#444" text-anchor="end">');
  for (const v of yt.ticks) out.push(`<text x="${margin.left - 6}" y="${f(py(v) + 4)}">${escapeXml(formatTick(v, yt.step))}</text>`);
  out.push('</g>');
  if (options.xLabel) {
    out.push(`<text x="${f(margin.left + plotW / 2)}" y="${height - 10}" text-anchor="middle" fill="#222">${escapeXml(options.xLabel)}</text>`);
  }
  if (options.yLabel) {
    const cy = f(margin.top + plotH / 2);
    out.push(`<text x="16" y="${cy}" text-anchor="middle" fill="#222" transform="rotate(-90 16 ${cy})">${escapeXml(options.yLabel)}</text>`);
  }

  series.forEach((s, i) => {
    const color = PALETTE[i % PALETTE.length]!;
    out.push(`<g class="series" data-name="${escapeXml(s.name)}">`);
    const d = pathData(s.points, px, py);
    if (d) out.push(`<path d="${d}" fill="none" stroke="${color}" stroke-width="1.75" stroke-linejoin="round" stroke-linecap="round"/>`);
    const pts = s.points.filter(([x, y]) => Number.isFinite(x) && Number.isFinite(y));
    // A single point draws no line, so always mark it.
    if (pts.length <= MARKER_MAX_POINTS || pts.length === 1) {
      for (const [x, y] of pts) out.push(`<circle cx="${f(px(x))}" cy="${f(py(y))}" r="2.5" fill="${color}"/>`);
    }
    out.push('</g>');
  });

  if (series.length > 0) {
    const rowH = 18;
    const boxW = Math.max(...series.map((s) => s.name.length)) * 7 + 36;
    const bx = margin.left + plotW - boxW - 8;
    const by = margin.top + 8;
    out.push(`<g class="legend"><rect x="${bx}" y="${by}" width="${boxW}" height="${series.length * rowH + 8}" fill="#ffffff" fill-opacity="0.85" stroke="#ccc"/>`);
    series.forEach((s, i) => {
      const y = by + 4 + rowH * i + rowH / 2;
      out.push(`<line x1="${bx + 8}" y1="${y}" x2="${bx + 24}" y2="${y}" stroke="${PALETTE[i % PALETTE.length]}" stroke-width="2.5"/>`);
      out.push(`<text x="${bx + 30}" y="${y + 4}" fill="#222">${escapeXml(s.name)}</text>`);
    });
    out.push('</g>');
  }
  out.push('</svg>');
  return out.join('\n') + '\n';
}

/** "M x y L x y ..." with a new "M" after every non-finite point, so gaps show as gaps. */
function pathData(points: Series['points'], px: (x: number) => number, py: (y: number) => number): string {
  const parts: string[] = [];
  let pen = false;
  for (const [x, y] of points) {
    if (!Number.isFinite(x) || !Number.isFinite(y)) {
      pen = false;
      continue;
    }
    parts.push(`${pen ? 'L' : 'M'}${f(px(x))} ${f(py(y))}`);
    pen = true;
  }
  return parts.join(' ');
}

export type Align = 'left' | 'right' | 'center';

/**
 * A GitHub-flavoured Markdown table with columns padded to equal width (so the
 * source reads as a table too). Pipes in cells are escaped; numbers are printed as given.
 */
export function markdownTable(headers: readonly string[], rows: readonly (readonly (string | number)[])[], align: readonly Align[] = []): string {
  const cols = headers.length;
  rows.forEach((r, i) => {
    if (r.length !== cols) throw new Error(`markdownTable: row ${i} has ${r.length} cells but there are ${cols} headers`);
  });
  const cell = (v: string | number): string => String(v).replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
  const body = [headers.map(cell), ...rows.map((r) => r.map(cell))];
  const widths = headers.map((_, c) => Math.max(3, ...body.map((r) => r[c]!.length)));
  const pad = (s: string, c: number): string => {
    const w = widths[c]!;
    switch (align[c]) {
      case 'right': return s.padStart(w);
      case 'center': {
        const left = Math.floor((w - s.length) / 2);
        return ' '.repeat(left) + s + ' '.repeat(w - s.length - left);
      }
      default: return s.padEnd(w);
    }
  };
  const rule = widths.map((w, c) => {
    switch (align[c]) {
      case 'left': return `:${'-'.repeat(w - 1)}`;
      case 'right': return `${'-'.repeat(w - 1)}:`;
      case 'center': return `:${'-'.repeat(w - 2)}:`;
      default: return '-'.repeat(w);
    }
  });
  const line = (cells: string[]): string => `| ${cells.join(' | ')} |`;
  return [line(body[0]!.map(pad)), line(rule), ...body.slice(1).map((r) => line(r.map(pad)))].join('\n') + '\n';
}
