// The cases of the one-command comparison (bench/compare.ts) on loom's side:
// each runs on the js backend and computes what its peers are checked
// against, and none is trivial (a LIF layer that never fires would compare
// zeros with zeros and time nothing of interest).
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loomCases, type LoomCase } from '../../bench/compare-cases.ts';

const ROOT = new URL('../..', import.meta.url).pathname;
let cases: LoomCase[] = [];
beforeAll(async () => { cases = await loomCases(ROOT); }, 300_000);
afterAll(() => { for (const c of cases) c.dispose(); });

describe('comparison cases', () => {
  test('the six cases, in table order, with their peers\' scripts', () => {
    expect(cases.map((c) => [c.name, c.torchCase, c.onnx])).toEqual([
      ['gpt train step', 'gpt-train', false], ['gpt prefill', 'gpt-prefill', true], ['gpt decode', 'gpt-decode', true],
      ['attention', 'attention', false], ['mamba', 'mamba', false], ['lif', 'lif', false],
    ]);
  });

  test('each step computes the outputs the identity check compares', async () => {
    const keys = async (name: string) => [...(await cases.find((c) => c.name === name)!.run()).keys()];
    expect(await keys('gpt prefill')).toEqual(['logits']);
    expect(await keys('gpt decode')).toEqual(['logits']);
    expect(await keys('attention')).toEqual(expect.arrayContaining(['loss', 'grad.w']));
    expect(await keys('mamba')).toEqual(expect.arrayContaining(['loss', 'grad.m.in_proj.w', 'grad.m.A_log', 'grad.m.D', 'grad.m.out_proj.w']));
    expect(await keys('lif')).toEqual(expect.arrayContaining(['loss', 'grad.fc.w', 'grad.fc.b']));
    const train = await cases[0]!.run();
    expect(train.get('loss')![0]).toBeGreaterThan(5); // ln 256 ≈ 5.55 from random weights
    expect([...train.keys()]).toEqual(expect.arrayContaining(['wte.w', 'blocks.0.attn.wq.w']));
  }, 120_000);

  test('prefill returns the prompt\'s logits, decode one position\'s', async () => {
    const vocab = 256;
    expect((await cases[1]!.run()).get('logits')!.length).toBe(48 * vocab);
    expect((await cases[2]!.run()).get('logits')!.length).toBe(vocab);
  });

  test('the LIF layer fires (between 5% and 50% of neurons a step) and its gradient is not zero', async () => {
    const out = await cases.find((c) => c.name === 'lif')!.run();
    const rate = out.get('stat.lif.spike_rate')![0]!;
    expect(rate).toBeGreaterThan(0.05);
    expect(rate).toBeLessThan(0.5);
    expect(out.get('grad.fc.w')!.some((g) => g !== 0)).toBe(true);
  });
});
