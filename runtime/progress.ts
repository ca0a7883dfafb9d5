// Training progress. On a terminal: one status line redrawn in place,
//   step 120/400 [=====>              ] loss 2.913 · 5,210 tok/s · ETA 1m02s
// In CI logs and pipes, where "\r" redraws turn into thousands of lines or one
// unreadable one, a plain line is printed every ~5% of progress instead.

/** The subset of a Node writable stream the bar needs; tests pass a fake. */
export interface ProgressStream {
  write(chunk: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

/** Values shown after the bar, in insertion order after `loss`. */
export interface ProgressFields {
  loss?: number;
  tokensPerSec?: number;
  [field: string]: number | string | undefined;
}

export interface ProgressBarOptions {
  total: number;
  stream?: ProgressStream;
  /** Printed before "step", e.g. "train". */
  label?: string;
  /** Steps already done before this run (a resumed run starts part-way). Default 0. */
  start?: number;
  /** Milliseconds; injectable for tests. Default performance.now. */
  now?: () => number;
  /** Overrides the stream's isTTY. */
  tty?: boolean;
  /** Characters inside the brackets. */
  barWidth?: number;
  /** TTY redraws closer together than this are skipped (the final step is always drawn). */
  minRedrawMs?: number;
}

const CLEAR_LINE = '\r\x1b[2K';
const SEP = ' · ';
/** How much each new step-time measurement moves the ETA estimate. */
const RATE_SMOOTHING = 0.2;
/** Non-TTY lines per run. */
const PLAIN_LINES = 20;

export class ProgressBar {
  readonly total: number;
  private readonly stream: ProgressStream;
  private readonly label: string;
  private readonly now: () => number;
  private readonly tty: boolean;
  private readonly barWidth: number;
  private readonly minRedrawMs: number;
  private readonly startTime: number;

  private step = 0;
  private fields: ProgressFields = {};
  private lastStep: number | undefined;
  private lastTime: number | undefined;
  /** Smoothed seconds per step; undefined until two updates have been seen. */
  private secPerStep: number | undefined;
  private lastDraw = -Infinity;
  /** The line currently on screen (TTY), redrawn after log(). */
  private shown = '';
  private nextPlainStep = 0;
  private lastPlainStep = -1;
  private finished = false;

  constructor(options: ProgressBarOptions) {
    if (!Number.isInteger(options.total) || options.total < 1) {
      throw new Error(`ProgressBar: total must be a positive integer, got ${options.total}`);
    }
    this.total = options.total;
    const start = options.start ?? 0;
    if (!Number.isInteger(start) || start < 0 || start > options.total) {
      throw new Error(`ProgressBar: start must be an integer in [0, ${options.total}], got ${options.start}`);
    }
    this.step = start;
    this.stream = options.stream ?? process.stderr;
    this.label = options.label ?? '';
    this.now = options.now ?? (() => performance.now());
    this.tty = options.tty ?? this.stream.isTTY === true;
    this.barWidth = options.barWidth ?? 20;
    this.minRedrawMs = options.minRedrawMs ?? 50;
    this.startTime = this.now();
  }

  /** Records that `step` steps are done (1-based count, up to total) and redraws or logs as the mode requires. */
  update(step: number, fields: ProgressFields = {}): void {
    if (this.finished) return;
    const t = this.now();
    // The first interval includes compilation and warm-up, so rates start from the first update, not from construction.
    if (this.lastStep !== undefined && this.lastTime !== undefined && step > this.lastStep) {
      const sample = (t - this.lastTime) / 1000 / (step - this.lastStep);
      this.secPerStep = this.secPerStep === undefined ? sample : this.secPerStep + RATE_SMOOTHING * (sample - this.secPerStep);
    }
    this.lastStep = step;
    this.lastTime = t;
    this.step = Math.min(step, this.total);
    this.fields = { ...this.fields, ...fields };

    if (this.tty) {
      if (t - this.lastDraw >= this.minRedrawMs || this.step >= this.total) this.draw(this.renderLine(), t);
    } else if (this.step >= this.nextPlainStep) {
      this.writePlain(this.renderLine());
    }
  }

  /** Prints a line above the bar (TTY) or as its own line, without corrupting the bar. */
  log(line: string): void {
    if (this.tty && this.shown !== '' && !this.finished) {
      this.stream.write(`${CLEAR_LINE}${line}\n${this.shown}`);
    } else {
      this.stream.write(`${line}\n`);
    }
  }

  /** Draws the final state with the elapsed time and ends the line. Safe to call twice. */
  finish(fields: ProgressFields = {}): void {
    if (this.finished) return;
    this.fields = { ...this.fields, ...fields };
    const line = this.renderLine(true);
    if (this.tty) {
      this.stream.write(`${CLEAR_LINE}${this.fit(line)}\n`);
    } else {
      this.stream.write(`${line}\n`);
    }
    this.finished = true;
  }

  /** The status text for the current state; `done` swaps the ETA for the total time. */
  renderLine(done = false): string {
    const w = String(this.total).length;
    let head = `${this.label ? `${this.label} ` : ''}step ${String(this.step).padStart(w)}/${this.total}`;
    head += this.tty ? ` ${this.renderBar()}` : ` (${String(Math.floor((100 * this.step) / this.total)).padStart(3)}%)`;
    const parts: string[] = [];
    const { loss, tokensPerSec, ...extra } = this.fields;
    if (loss !== undefined) parts.push(`loss ${formatFloat(loss)}`);
    for (const [k, v] of Object.entries(extra)) if (v !== undefined) parts.push(`${k} ${typeof v === 'number' ? formatValue(v) : v}`);
    if (tokensPerSec !== undefined) parts.push(`${formatCount(tokensPerSec)} tok/s`);
    if (done) parts.push(`done in ${formatDuration((this.now() - this.startTime) / 1000)}`);
    else parts.push(`ETA ${this.secPerStep === undefined ? '--' : formatDuration(this.secPerStep * (this.total - this.step))}`);
    return `${head} ${parts.join(SEP)}`;
  }

  private renderBar(): string {
    const filled = Math.floor((this.barWidth * this.step) / this.total);
    const body = filled >= this.barWidth
      ? '='.repeat(this.barWidth)
      : `${'='.repeat(Math.max(0, filled - 1))}${filled > 0 ? '>' : ''}${' '.repeat(this.barWidth - Math.max(filled, 0))}`;
    return `[${body}]`;
  }

  private draw(line: string, t: number): void {
    this.shown = this.fit(line);
    this.stream.write(`${CLEAR_LINE}${this.shown}`);
    this.lastDraw = t;
  }

  /** A line wider than the terminal wraps, and "\r" then only rewinds the last row; so cut it. */
  private fit(line: string): string {
    const cols = this.stream.columns;
    return cols !== undefined && cols > 1 && line.length > cols - 1 ? line.slice(0, cols - 1) : line;
  }

  private writePlain(line: string): void {
    if (this.step === this.lastPlainStep) return;
    this.stream.write(`${line}\n`);
    this.lastPlainStep = this.step;
    // Next threshold: the next multiple of total/PLAIN_LINES strictly after this step.
    const k = Math.floor((this.step * PLAIN_LINES) / this.total) + 1;
    this.nextPlainStep = Math.ceil((k * this.total) / PLAIN_LINES);
  }
}

/** Seconds as a short human duration: 850ms, 4.2s, 42s, 1m02s, 3h05m, 2d04h. "--" when unknown. */
export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return '--';
  if (seconds < 1) return `${Math.round(seconds * 1000)}ms`;
  if (seconds < 10) return `${seconds.toFixed(1)}s`;
  const s = Math.round(seconds);
  if (s < 60) return `${s}s`;
  const two = (n: number): string => String(n).padStart(2, '0');
  if (s < 3600) return `${Math.floor(s / 60)}m${two(s % 60)}s`;
  if (s < 86400) return `${Math.floor(s / 3600)}h${two(Math.floor((s % 3600) / 60))}m`;
  return `${Math.floor(s / 86400)}d${two(Math.floor((s % 86400) / 3600))}h`;
}

/** An integer with thousands separators (5,210), independent of the locale so logs compare across machines. */
export function formatCount(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  const r = Math.round(n);
  const digits = String(Math.abs(r)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return r < 0 ? `-${digits}` : digits;
}

/** A real-valued metric: 3 decimals for losses, exponent for tiny values (learning rates), separators for big ones. */
export function formatFloat(v: number): string {
  if (!Number.isFinite(v)) return String(v);
  const a = Math.abs(v);
  if (a !== 0 && a < 0.01) return v.toExponential(2);
  if (a >= 10000) return formatCount(v);
  return v.toFixed(3);
}

/** An extra field: integers (counts) with separators, anything else as formatFloat. */
export function formatValue(v: number): string {
  return Number.isInteger(v) ? formatCount(v) : formatFloat(v);
}
