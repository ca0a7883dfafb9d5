import { describe, expect, it } from 'vitest';
import { ProgressBar, formatCount, formatDuration, formatFloat, formatValue } from '../../runtime/progress.ts';

class FakeStream {
  out = '';
  constructor(readonly isTTY: boolean, readonly columns?: number) {}
  write(chunk: string): boolean {
    this.out += chunk;
    return true;
  }
}

class FakeClock {
  ms = 0;
  now = (): number => this.ms;
}

const CLEAR = '\r\x1b[2K';

describe('ProgressBar on a terminal', () => {
  it('redraws one line in place with bar, fields and a smoothed ETA', () => {
    const stream = new FakeStream(true);
    const clock = new FakeClock();
    const bar = new ProgressBar({ total: 400, stream, label: 'train', now: clock.now });
    clock.ms = 1000;
    bar.update(100, { loss: 3.5 });
    expect(stream.out).toBe(`${CLEAR}train step 100/400 [====>               ] loss 3.500 · ETA --`);
    clock.ms = 11_000; // 20 steps in 10 s
    stream.out = '';
    bar.update(120, { loss: 2.9134, tokensPerSec: 5210.4 });
    expect(stream.out).toBe(`${CLEAR}train step 120/400 [=====>              ] loss 2.913 · 5,210 tok/s · ETA 2m20s`);
  });

  it('smooths the rate instead of jumping to the latest interval', () => {
    const stream = new FakeStream(true);
    const clock = new FakeClock();
    const bar = new ProgressBar({ total: 100, stream, now: clock.now, minRedrawMs: 0 });
    bar.update(1);
    clock.ms += 1000;
    bar.update(2); // 1 s/step
    clock.ms += 11_000;
    bar.update(3); // one slow step (11 s) moves the estimate by a fifth: 3 s/step
    expect(stream.out.endsWith('ETA 4m51s')).toBe(true); // 97 steps × 3 s
  });

  it('skips redraws closer together than minRedrawMs but always draws the last step', () => {
    const stream = new FakeStream(true);
    const clock = new FakeClock();
    const bar = new ProgressBar({ total: 10, stream, now: clock.now, minRedrawMs: 100 });
    for (let s = 1; s <= 10; s++) {
      clock.ms += 10;
      bar.update(s);
    }
    const draws = stream.out.split(CLEAR).filter(Boolean);
    expect(draws.map((d) => d.slice(0, 10))).toEqual(['step  1/10', 'step 10/10']);
  });

  it('prints log lines above the bar and redraws the bar under them', () => {
    const stream = new FakeStream(true);
    const clock = new FakeClock();
    const bar = new ProgressBar({ total: 10, stream, now: clock.now, barWidth: 10 });
    bar.log('before any bar');
    bar.update(5, { loss: 1 });
    stream.out = '';
    bar.log('step 5: val loss 1.2345');
    expect(stream.out).toBe(`${CLEAR}step 5: val loss 1.2345\nstep  5/10 [====>     ] loss 1.000 · ETA --`);
  });

  it('finishes with the total time on its own line, once', () => {
    const stream = new FakeStream(true);
    const clock = new FakeClock();
    const bar = new ProgressBar({ total: 4, stream, now: clock.now, barWidth: 8 });
    clock.ms = 500;
    bar.update(4, { loss: 0.25 });
    clock.ms = 75_000;
    stream.out = '';
    bar.finish({ val_loss: 0.3 });
    bar.finish();
    bar.update(4);
    expect(stream.out).toBe(`${CLEAR}step 4/4 [========] loss 0.250 · val_loss 0.300 · done in 1m15s\n`);
    bar.log('after');
    expect(stream.out.endsWith('\nafter\n')).toBe(true);
  });

  it('cuts lines to the terminal width so "\\r" can redraw them', () => {
    const stream = new FakeStream(true, 30);
    const bar = new ProgressBar({ total: 10, stream, now: () => 0 });
    bar.update(3, { loss: 1.5, note: 'a long extra field' });
    expect(stream.out).toBe(`${CLEAR}${'step  3/10 [=====>'.padEnd(29)}`);
  });

  it('starts part-way for resumed runs', () => {
    const stream = new FakeStream(true);
    const bar = new ProgressBar({ total: 10, stream, now: () => 0, start: 6, barWidth: 10 });
    expect(bar.renderLine()).toBe('step  6/10 [=====>    ] ETA --');
    expect(() => new ProgressBar({ total: 10, stream, start: 11 })).toThrow('ProgressBar: start must be an integer in [0, 10], got 11');
    expect(() => new ProgressBar({ total: 0, stream })).toThrow('ProgressBar: total must be a positive integer, got 0');
  });
});

describe('ProgressBar in logs (not a terminal)', () => {
  it('prints a plain line every 5% and at the end, without control characters', () => {
    const stream = new FakeStream(false);
    const clock = new FakeClock();
    const bar = new ProgressBar({ total: 100, stream, now: clock.now, label: 'train' });
    for (let s = 1; s <= 100; s++) {
      clock.ms += 250;
      bar.update(s, { loss: 5 - s / 50, tokensPerSec: 1024 });
    }
    bar.log('val loss 3.0');
    bar.finish();
    const lines = stream.out.trimEnd().split('\n');
    expect(stream.out).not.toMatch(/[\r\x1b]/);
    const steps = lines.filter((l) => l.startsWith('train step')).map((l) => Number(/step +(\d+)/.exec(l)![1]));
    expect(steps).toEqual([1, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55, 60, 65, 70, 75, 80, 85, 90, 95, 100, 100]);
    expect(lines[1]).toBe('train step   5/100 (  5%) loss 4.900 · 1,024 tok/s · ETA 24s');
    expect(lines[21]).toBe('val loss 3.0');
    expect(lines[22]).toBe('train step 100/100 (100%) loss 3.000 · 1,024 tok/s · done in 25s');
  });

  it('uses about twenty lines however many steps there are', () => {
    const stream = new FakeStream(false);
    const bar = new ProgressBar({ total: 7, stream, now: () => 0 });
    for (let s = 1; s <= 7; s++) bar.update(s);
    expect(stream.out.trimEnd().split('\n')).toHaveLength(7);
    const big = new FakeStream(false);
    const bar2 = new ProgressBar({ total: 12_345, stream: big, now: () => 0 });
    for (let s = 1; s <= 12_345; s++) bar2.update(s);
    expect(big.out.trimEnd().split('\n')).toHaveLength(21);
  });
});

describe('formatting', () => {
  it('formatDuration', () => {
    expect([0.4, 4.2, 42, 62, 3599.6, 3900, 90_000, -1, Number.NaN, Infinity].map(formatDuration)).toEqual(
      ['400ms', '4.2s', '42s', '1m02s', '1h00m', '1h05m', '1d01h', '--', '--', '--']);
  });

  it('formatCount', () => {
    expect([0, 999, 1000, 5210.4, 1_234_567, -12_345, Number.NaN].map(formatCount)).toEqual(
      ['0', '999', '1,000', '5,210', '1,234,567', '-12,345', 'NaN']);
  });

  it('formatValue', () => {
    expect([2.91345, 3, 0.0003, 12_345.6, Number.POSITIVE_INFINITY].map(formatValue)).toEqual(
      ['2.913', '3', '3.00e-4', '12,346', 'Infinity']);
    expect([3, 0, 2.91345, -0.005].map(formatFloat)).toEqual(['3.000', '0.000', '2.913', '-5.00e-3']);
  });
});
