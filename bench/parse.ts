// Benchmarks of the syntax stage with tinybench: parse time against the
// number of blank and comment-only lines (the lexer used to rescan each run
// of newlines, so 100k lines took 17 s and 200k took 150 s; it must now grow
// linearly), the example-sized file that test/syntax/parse-bodies.test.ts
// used to time, and the inputs the size limits cut short.
//
//   node --import tsx bench/parse.ts [--time-ms N]
//
// Prints a markdown table of medians; "× 50k" is the time relative to the 50k
// case, which stays near the line ratio (2×, 4×) when lexing is linear.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { Bench } from 'tinybench';
import { parse } from '../compiler/syntax/parse.ts';
import { markdownTable } from '../runtime/plot.ts';

const { values } = parseArgs({ options: { 'time-ms': { type: 'string', default: '2000' } } });
const time = Number(values['time-ms']);

/** Half blank lines, half comment lines, between two one-line functions. */
function blankLines(n: number): string {
  return 'fn f(x) = x\n' + '\n'.repeat(n / 2) + '# a comment line\n'.repeat(n / 2) + 'fn g(x) = x + 1\n';
}

const transformer = readFileSync(new URL('../test/syntax/fixtures/transformer.loom', import.meta.url), 'utf8');
const cases: { name: string; lines: number; text: string }[] = [
  ...[50_000, 100_000, 200_000].map((n) => ({ name: `${n / 1000}k blank + comment lines`, lines: n, text: blankLines(n) })),
  { name: 'transformer.loom × 5 (the old parse-bodies timing)', lines: 0, text: (transformer + '\n').repeat(5) },
  { name: '5 MB one-line expression (refused: token cap)', lines: 1, text: 'fn f(x) = ' + '1+'.repeat(2_500_000) + '1\n' },
  { name: '100k-operand chain (refused: nesting depth)', lines: 1, text: 'fn f(x) = x' + ' + x'.repeat(100_000) + '\n' },
];
for (const c of cases) if (c.lines === 0) c.lines = c.text.split('\n').length;

const bench = new Bench({ time, warmup: true, warmupIterations: 2 });
for (const c of cases) {
  const expected = parse(c.text, 'bench.loom'); // also checks the case does what its name says
  if (c.name.includes('refused') !== expected.diagnostics.some((d) => d.code === 'E-limit')) {
    throw new Error(`${c.name}: unexpected diagnostics ${JSON.stringify(expected.diagnostics.map((d) => d.message))}`);
  }
  bench.add(c.name, () => {
    parse(c.text, 'bench.loom');
  });
}
process.stderr.write(`benchmarking parse() on ${cases.length} inputs, ${time} ms each…\n`);
await bench.run();

const median = (name: string): number => {
  const t = bench.tasks.find((x) => x.name === name)!;
  const r = t.result;
  if (r.state !== 'completed') throw new Error(`benchmark "${name}" did not complete: ${r.state === 'errored' ? r.error.message : r.state}`);
  return r.latency.p50!;
};
const base = median(cases[0]!.name);
const table = markdownTable(
  ['input', 'lines', 'median ms', 'µs / line', '× 50k', 'samples'],
  cases.map((c) => {
    const ms = median(c.name);
    const t = bench.tasks.find((x) => x.name === c.name)!;
    const blank = c.name.includes('blank');
    return [
      c.name,
      c.lines.toLocaleString('en-US'),
      ms.toFixed(1),
      c.lines > 1 ? ((ms * 1000) / c.lines).toFixed(2) : '–',
      blank ? `${(ms / base).toFixed(2)}×` : '–',
      t.result.state === 'completed' ? t.result.latency.samplesCount : 0,
    ];
  }),
  ['left', 'right', 'right', 'right', 'right', 'right'],
);
process.stdout.write(`# parse() (tinybench, median)\n\nRegenerate with \`node --import tsx bench/parse.ts\`.\n\n${table}\n`);
