import { describe, expect, it } from 'vitest';
import { escapeXml, formatTick, lossCurveSvg, markdownTable, niceTicks, type Series } from '../../runtime/plot.ts';

/** Checks that tags nest and close properly; returns the element names in document order. */
function parseTags(svg: string): string[] {
  const stack: string[] = [];
  const names: string[] = [];
  const tag = /<(\/?)([a-zA-Z][\w:-]*)((?:\s+[\w:-]+="[^"<]*")*)\s*(\/?)>/g;
  let last = 0;
  for (let m = tag.exec(svg); m; m = tag.exec(svg)) {
    const between = svg.slice(last, m.index);
    if (between.includes('<') || between.includes('>')) throw new Error(`stray angle bracket near ${JSON.stringify(between)}`);
    if (/&(?!(amp|lt|gt|quot|apos);)/.test(between)) throw new Error(`unescaped & in ${JSON.stringify(between)}`);
    last = tag.lastIndex;
    const [, closing, name, , selfClosing] = m;
    if (closing) {
      const open = stack.pop();
      if (open !== name) throw new Error(`</${name}> closes <${open}>`);
    } else {
      names.push(name!);
      if (!selfClosing) stack.push(name!);
    }
  }
  if (svg.slice(last).trim() !== '') throw new Error('text after the root element');
  if (stack.length) throw new Error(`unclosed: ${stack.join(', ')}`);
  return names;
}

const texts = (svg: string, group: string): string[] => {
  const g = new RegExp(`<g class="${group}"[^>]*>([\\s\\S]*?)</g>`).exec(svg)![1]!;
  return [...g.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]!);
};

const trainSeries: Series = { name: 'train', points: Array.from({ length: 401 }, (_, i) => [i, 5.5 * Math.exp(-i / 80) + 1.2] as [number, number]) };
const valSeries: Series = { name: 'validation', points: [0, 50, 100, 200, 300, 400].map((s) => [s, 5.6 * Math.exp(-s / 90) + 1.35] as [number, number]) };

describe('lossCurveSvg', () => {
  const svg = lossCurveSvg([trainSeries, valSeries], { title: 'gpt: loss', xLabel: 'step', yLabel: 'loss (nats/byte)' });

  it('is well-formed, self-contained SVG', () => {
    const names = parseTags(svg);
    expect(names[0]).toBe('svg');
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg" width="640" height="360"')).toBe(true);
    expect(svg).not.toMatch(/<script|href=/);
  });

  it('labels the axes with round ticks', () => {
    expect(texts(svg, 'x-ticks')).toEqual(['0', '100', '200', '300', '400']);
    expect(texts(svg, 'y-ticks')).toEqual(['0', '2', '4', '6', '8']); // losses span 1.2 .. 6.95
    for (const label of ['gpt: loss', '>step<', 'loss (nats/byte)']) expect(svg).toContain(label);
  });

  it('draws one path per series, a legend entry each, and markers only for sparse series', () => {
    expect(svg.match(/<g class="series"/g)).toHaveLength(2);
    expect(svg.match(/<path /g)).toHaveLength(2);
    expect(texts(svg, 'legend')).toEqual(['train', 'validation']);
    expect(svg.match(/<circle /g)).toHaveLength(valSeries.points.length);
  });

  it('keeps points inside the plot area', () => {
    const d = /<path d="([^"]+)"/.exec(svg)![1]!;
    const coords = [...d.matchAll(/[ML]([\d.]+) ([\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])]);
    expect(coords).toHaveLength(401);
    for (const [x, y] of coords) {
      expect(x).toBeGreaterThanOrEqual(68);
      expect(x).toBeLessThanOrEqual(640 - 16);
      expect(y).toBeGreaterThanOrEqual(36);
      expect(y).toBeLessThanOrEqual(360 - 48);
    }
  });

  it('breaks lines at non-finite values and escapes text', () => {
    const out = lossCurveSvg([{ name: 'a<b>&"c"', points: [[0, 1], [1, 2], [2, Number.NaN], [3, 1.5], [4, 1]] }], { title: 'x < y & z' });
    parseTags(out);
    expect(/<path d="([^"]+)"/.exec(out)![1]!.match(/M/g)).toHaveLength(2);
    expect(out).toContain('a&lt;b&gt;&amp;&quot;c&quot;');
    expect(out).toContain('x &lt; y &amp; z');
  });

  it('handles empty, single-point and flat series', () => {
    for (const series of [[], [{ name: 'one', points: [[10, 2.5]] }], [{ name: 'flat', points: [[0, 3], [5, 3]] }], [{ name: 'none', points: [] }]] as Series[][]) {
      const out = lossCurveSvg(series);
      parseTags(out);
      expect(out).not.toContain('NaN');
    }
    expect(lossCurveSvg([{ name: 'one', points: [[10, 2.5]] }]).match(/<circle /g)).toHaveLength(1);
  });
});

describe('ticks', () => {
  it('picks 1-2-5 steps that cover the range', () => {
    expect(niceTicks(0, 400)).toEqual({ ticks: [0, 100, 200, 300, 400], step: 100 });
    expect(niceTicks(1.2, 5.5).ticks).toEqual([1, 2, 3, 4, 5, 6]);
    expect(niceTicks(0.1, 0.7).ticks).toEqual([0, 0.2, 0.4, 0.6, 0.8]);
    expect(niceTicks(0.3, 0.6).ticks).toEqual([0.3, 0.4, 0.5, 0.6]);
    expect(niceTicks(3, 3).ticks).toEqual([2.6, 2.8, 3, 3.2, 3.4]);
    expect(niceTicks(0, 0).ticks).toEqual([-1, -0.5, 0, 0.5, 1]);
    expect(() => niceTicks(0, Number.NaN)).toThrow('niceTicks: range [0, NaN] is not finite');
  });

  it('formats labels compactly', () => {
    expect(formatTick(0.2, 0.1)).toBe('0.2');
    expect(formatTick(2, 0.5)).toBe('2.0');
    expect(formatTick(25_000, 5000)).toBe('25k');
    expect(formatTick(1_500_000, 500_000)).toBe('1.5M');
    expect(formatTick(0.0002, 0.0001)).toBe('2.0e-4');
    expect(escapeXml(`<'&">`)).toBe('&lt;&apos;&amp;&quot;&gt;');
  });
});

describe('markdownTable', () => {
  it('pads columns and writes the alignment row', () => {
    const table = markdownTable(
      ['model', 'params', 'val loss', 'note'],
      [['gpt', 103_936, '1.8123', 'a|b'], ['mlp-mixer', 9_000, '2.1', '']],
      ['left', 'right', 'center'],
    );
    expect(table).toBe([
      '| model     | params | val loss | note |',
      '| :-------- | -----: | :------: | ---- |',
      '| gpt       | 103936 |  1.8123  | a\\|b |',
      '| mlp-mixer |   9000 |   2.1    |      |',
      '',
    ].join('\n'));
  });

  it('works with no rows and rejects ragged rows', () => {
    expect(markdownTable(['a', 'b'], [])).toBe('| a   | b   |\n| --- | --- |\n');
    expect(() => markdownTable(['a', 'b'], [['1']])).toThrow('markdownTable: row 0 has 1 cells but there are 2 headers');
  });
});
