// Spike statistics (compiler/elaborate/stats.ts, runtime/stats.ts): `stat(x,
// name)` adds the mean of x as an output `stat.<block path>.<name>` of every
// program; std.spiking's LIF and lif_scan.loom's layers mark their spikes, so
// each spiking layer's spike rate is reported by `loom train` (per
// validation, and averaged over the train steps between) and `loom eval`.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultOptimizer } from '../../compiler/autodiff/optimizer.ts';
import { compileLanguageModel, elaborateOrThrow, loadOrThrow } from '../../compiler/model.ts';
import { loadBackend } from '../../runtime/backend.ts';
import { initParams, runGraph } from '../../runtime/reference/interpreter.ts';
import { train } from '../../runtime/train.ts';

const EXAMPLES = path.join(import.meta.dirname, '..', '..', 'dsl-examples');
const B = 2;
const T = 8;
const tokens = Float32Array.from({ length: B * T }, (_, i) => (i * 37 + 11) % 256);

/** lif_scan's first layer by hand: U_t = β U_{t−1} + X_t − θ S_{t−1}, S_t = H(U_t − θ), H(0) = 0; its mean spike. */
function firstLayerRate(params: Map<string, ArrayLike<number>>, dim: number, beta = 0.9): number {
  const emb = params.get('emb')!;
  const w = params.get('first.fc.w')!;
  const bias = params.get('first.fc.b')!;
  const out = 2 * dim;
  let spikes = 0;
  for (let b = 0; b < B; b++) {
    const u = new Float64Array(out);
    const s = new Float64Array(out);
    for (let t = 0; t < T; t++) {
      const tok = tokens[b * T + t]!;
      for (let j = 0; j < out; j++) {
        let x = bias[j]!;
        for (let i = 0; i < dim; i++) x += emb[tok * dim + i]! * w[i * out + j]!;
        u[j] = beta * u[j]! + x - s[j]!;
        s[j] = u[j]! - 1 > 0 ? 1 : 0;
        spikes += s[j]!;
      }
    }
  }
  return spikes / (B * T * out);
}

describe.each([
  ['lif_mlp.loom', ['first.lif.spike_rate', 'rest.0.lif.spike_rate']],
  ['lif_scan.loom', ['first.spike_rate', 'rest.0.spike_rate']],
])('%s', (file, labels) => {
  const m = compileLanguageModel(path.join(EXAMPLES, file), { batch: B, ctx: T, forwardBatch: B, optimizer: defaultOptimizer });
  const outputs = labels.map((l) => `stat.${l}`);

  it('every program outputs each layer\'s spike rate', () => {
    for (const g of [m.graphs.forward, m.graphs.loss, m.graphs.train]) expect(g.outputs.map((o) => o.name).filter((n) => n.startsWith('stat.'))).toEqual(outputs);
  });

  it('the rate is the mean of the layer\'s 0/1 spikes, equal on the interpreter and the js backend', async () => {
    const params = initParams(m.graphs.forward, 3);
    const ref = runGraph(m.graphs.forward, { inputs: new Map([['tokens', tokens]]), params }).outputs;
    const backend = await loadBackend('js');
    const session = await backend.createSession({ forward: m.graphs.forward }, new Map([...params].map(([k, v]) => [k, Float32Array.from(v)])));
    const got = await session.run('forward', new Map([['tokens', tokens]]));
    session.dispose();
    const width = 2 * 64;
    for (const o of outputs) {
      const rate = ref.get(o)![0]!;
      expect(rate).toBeGreaterThan(0);
      expect(rate).toBeLessThan(1);
      // a count of spikes over B·T·width neurons-steps
      expect(Math.abs(rate * B * T * width - Math.round(rate * B * T * width))).toBeLessThan(1e-3);
      expect(got.get(o)![0]).toBeCloseTo(rate, 6);
    }
    if (file === 'lif_scan.loom') expect(ref.get(outputs[0]!)![0]).toBeCloseTo(firstLayerRate(params, 64), 6);
  });
});

describe('loom train reports the spike rates', () => {
  it('per validation and per train interval, in the history and summary.md', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'loom-stats-'));
    let logged = '';
    const log = { write: (s: string) => ((logged += s), true) } as unknown as NodeJS.WritableStream;
    const r = await train({
      file: path.join(EXAMPLES, 'lif_scan.loom'), config: { dim: 16 }, steps: 2, batch: 2, ctx: 8, optimizer: defaultOptimizer,
      seed: 1, backend: 'js', evalEvery: 1, evalBatches: 1, reportDir: dir, log,
    });
    r.session.dispose();
    const vals = r.history.filter((h) => h.val !== undefined);
    expect(vals.map((h) => Object.keys(h.stats!))).toEqual(vals.map(() => ['first.spike_rate', 'rest.0.spike_rate']));
    expect(vals[0]!.trainStats).toBeUndefined(); // no train step before the first validation
    expect(Object.keys(vals[1]!.trainStats!)).toEqual(['first.spike_rate', 'rest.0.spike_rate']);
    for (const h of vals) for (const v of Object.values(h.stats!)) expect(v).toBeGreaterThanOrEqual(0), expect(v).toBeLessThanOrEqual(1);
    expect(logged).toMatch(/ {2}val: first\.spike_rate 0\.\d{4}, rest\.0\.spike_rate 0\.\d{4}/);
    expect(logged).toMatch(/ {2}train: first\.spike_rate 0\.\d{4}, rest\.0\.spike_rate 0\.\d{4}/);
    const summary = fs.readFileSync(path.join(dir, 'summary.md'), 'utf8');
    expect(summary).toContain('## Statistics');
    expect(summary).toMatch(/\| first\.spike_rate +\| 0\.\d{4} +\| 0\.\d{4} +\| 0\.\d{4} +\|/);
  }, 60_000);
});

describe('stat: diagnostics', () => {
  const write = (src: string) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'loom-stat-'));
    const f = path.join(dir, 'm.loom');
    fs.writeFileSync(f, src);
    return f;
  };
  const compile = (src: string) => () => elaborateOrThrow(loadOrThrow(write(src)), 'forward', { x: { shape: [2, 4, 3], dtype: 'f32' } }, {});

  it('inside a scan body', () => {
    expect(compile(`model M() {
  forward(x: [B, T, D]) = scan t over T along 1 with u: [B, D] = 0 {
    u = u + stat(x[:, t], "rate")
    yield u
  }
}`)).toThrow(/stat: a scan body is one step of a recurrence and has no program outputs; mark the scan's yielded sequence instead/);
  });

  it('twice under one name', () => {
    expect(compile(`model M() {
  forward(x: [B, T, D]) = stat(stat(x, "a"), "a")
}`)).toThrow(/stat: stat\.a is recorded twice in one program/);
  });

  it('in a function', () => {
    expect(compile(`fn f(x) = stat(x, "a")
model M() {
  forward(x: [B, T, D]) = f(x)
}`)).toThrow(/stat: call it in a block's method, not in a function/);
  });
});
