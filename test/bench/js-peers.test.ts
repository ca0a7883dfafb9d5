// The in-process JavaScript peers of the comparison (bench/peers/tfjs.ts,
// jax.ts): independent implementations of the cases in TensorFlow.js (wasm)
// and jax-js, each of which must reproduce loom's outputs of one step from
// the same weights and inputs (the check bench/compare.ts runs before any
// timing) — a real cross-implementation check of loom's attention, gpt
// forward pass, KV-cache decode, Mamba scan and LIF layer with their
// gradients, and, for the train step, its AdamW update.
// Both libraries are optional dependencies: without one, its tests are skipped and say why.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loomCases, type LoomCase } from '../../bench/compare-cases.ts';
import { jaxPeer } from '../../bench/peers/jax.ts';
import { jsContestants } from '../../bench/peers/js-contestants.ts';
import { checkIdentity, RELATIVE_TOLERANCE, relativeDistance, TRAIN_TOLERANCE, type JsPeer } from '../../bench/peers/js-peer.ts';
import { tfjsPeer } from '../../bench/peers/tfjs.ts';

const ROOT = new URL('../..', import.meta.url).pathname;

const installed = async (pkg: string) => import(pkg).then(() => undefined, (e: Error) => `${pkg} is not installed (${e.message.split('\n')[0]})`);
const LIBRARIES = [
  { label: 'TensorFlow.js', make: tfjsPeer, missing: (await installed('@tensorflow/tfjs')) ?? (await installed('@tensorflow/tfjs-backend-wasm')) },
  { label: 'jax-js', make: jaxPeer, missing: await installed('@jax-js/jax') },
];

let cases: LoomCase[] = [];
const loomOut = new Map<string, Map<string, Float32Array>>();
beforeAll(async () => {
  cases = await loomCases(ROOT);
  // loom's first step of each case: the train step's first run is step 0, which the peers reproduce.
  for (const c of cases) loomOut.set(c.torchCase, await c.run());
}, 300_000);
afterAll(() => { for (const c of cases) c.dispose(); });

const byCase = (name: string) => cases.find((c) => c.torchCase === name)!;

async function peerFor(make: (c: LoomCase, threads: number) => Promise<JsPeer | string>, c: LoomCase): Promise<JsPeer> {
  const peer = await make(c, 1);
  if (typeof peer === 'string') throw new Error(`no peer for ${c.torchCase}: ${peer}`);
  return peer;
}

for (const lib of LIBRARIES) {
  describe.skipIf(lib.missing !== undefined)(`${lib.label} peer${lib.missing ? ` (skipped: ${lib.missing})` : ''}`, () => {
    // Each case's outputs and how many values each has (the block cases report full gradients).
    test.each([
      ['attention', { loss: 1, 'grad.w': 32 }],
      ['gpt-prefill', { logits: 48 * 256 }],
      ['gpt-decode', { logits: 256 }],
      ['mamba', { loss: 1, 'grad.m.in_proj.w': 64 * 256, 'grad.m.conv_w': 128 * 4, 'grad.m.conv_b': 128, 'grad.m.x_proj.w': 128 * 36, 'grad.m.dt_w': 4 * 128,
        'grad.m.dt_b': 128, 'grad.m.A_log': 128 * 16, 'grad.m.D': 128, 'grad.m.out_proj.w': 128 * 64 }],
      ['lif', { loss: 1, 'grad.fc.w': 128 * 128, 'grad.fc.b': 128 }],
    ] as [string, Record<string, number>][])('%s: one step matches loom to 1e-4 relative', async (name, sizes) => {
      const peer = await peerFor(lib.make, byCase(name));
      try {
        const theirs = await peer.check();
        expect(Object.fromEntries(Object.entries(theirs).map(([k, v]) => [k, v.length]))).toEqual(sizes);
        const d = relativeDistance(loomOut.get(name)!, theirs);
        expect(d.worst, `${d.at} differs`).toBeLessThanOrEqual(RELATIVE_TOLERANCE);
        // Not zeros against zeros: every output has a value of some size.
        for (const [k, v] of Object.entries(theirs)) expect(Math.max(...v.map(Math.abs)), k).toBeGreaterThan(1e-6);
      } finally {
        peer.dispose();
      }
    }, 120_000);

    test('gpt train step: loss and every parameter after one AdamW step match loom to 1e-5', async () => {
      const c = byCase('gpt-train');
      const peer = await peerFor(lib.make, c);
      try {
        const theirs = await peer.check();
        expect(Object.keys(theirs).sort()).toEqual(['loss', ...c.weights.keys()].sort());
        expect(Math.abs(theirs.loss![0]! - loomOut.get('gpt-train')!.get('loss')![0]!)).toBeLessThanOrEqual(TRAIN_TOLERANCE);
        expect(checkIdentity(c, loomOut.get('gpt-train')!, theirs)).toMatch(/^loss \d\.\de-\d+, params \d\.\de-\d+ \(abs\.\)$/);
        // The step moved the weights: one update of lr 1.5e-4 (warmup step 0) changes every sampled matrix value.
        const before = c.weights.get('wte.w')!.data;
        expect(theirs['wte.w']!.every((v, i) => v !== before[i])).toBe(true);
      } finally {
        peer.dispose();
      }
    }, 120_000);

    test('says why it has no second thread', async () => {
      expect(await lib.make(byCase('attention'), 2)).toMatch(/runs on one thread in Node/);
    });
  });
}

describe.skipIf(LIBRARIES.some((l) => l.missing !== undefined))('the comparison\'s JS contestants (both libraries installed)', () => {
  test('one identity-checked contestant per library; the second thread count is a note, not a row', async () => {
    const cleanup: (() => void)[] = [];
    try {
      const { contestants, rows } = await jsContestants(byCase('attention'), loomOut.get('attention')!, [1, 2], cleanup);
      expect(contestants.map((c) => c.name)).toEqual([expect.stringMatching(/^TensorFlow\.js [\d.]+ wasm 1 thr$/), expect.stringMatching(/^jax-js [\d.]+ wasm 1 thr$/)]);
      expect(rows.map((r) => r.name)).toEqual(contestants.map((c) => c.name));
      for (const r of rows) {
        expect(r.identity).toMatch(/^\d\.\de-\d+ \((loss|grad\.w)\)$/);
        expect(r.note).toMatch(/; 2 thr not run: .* runs on one thread in Node/);
      }
    } finally {
      for (const f of cleanup) f();
    }
  }, 60_000);
});
