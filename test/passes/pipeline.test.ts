// The pass pipeline with the verifier between passes, on random graphs and
// on the GPT train step: the graph shrinks, the numbers do not change.
import { describe, expect, test } from 'vitest';
import type { Graph } from '../../compiler/graph/types.ts';
import { PASSES, optimizeGraph } from '../../compiler/passes/pipeline.ts';
import { runGraph } from '../../runtime/reference/interpreter.ts';
import { gptFeeds, gptTrainStep } from '../fusion/models.ts';
import { randomFeeds, randomGraph, resultDistance, run } from './helpers.ts';

describe('pipeline', () => {
  test('lists its passes in order', () => {
    expect(PASSES.map((p) => p.name)).toEqual(['dce', 'simplify', 'cse', 'dce']);
  });

  test('random graphs: every pass keeps the graph valid, numerics unchanged', () => {
    for (let seed = 300; seed < 400; seed++) {
      const g = randomGraph(seed, 18);
      const seen: string[] = [];
      const out = optimizeGraph(g, { verify: true, onPass: (name) => seen.push(name) });
      expect(seen.slice(0, 4)).toEqual(['dce', 'simplify', 'cse', 'dce']);
      const feeds = randomFeeds(g);
      expect(resultDistance(run(g, feeds), run(out, feeds))).toBeLessThan(1e-7);
    }
  });

  test('a pass that breaks an invariant is reported by name', () => {
    const g = randomGraph(1);
    const dropLast = { name: 'drop-last', run: (x: Graph) => ({ ...x, nodes: x.nodes.slice(0, -1) }) };
    expect(() => optimizeGraph(g, { verify: true, passes: [PASSES[0]!, dropLast] })).toThrow(/pass drop-last \(round 1\) broke the graph/);
  });

  test('GPT train step: fewer nodes, the same loss, gradients norm and updates', () => {
    const g = gptTrainStep();
    const out = optimizeGraph(g, { verify: true });
    console.log(`GPT train step: ${g.nodes.length} nodes → ${out.nodes.length} after the pipeline`);
    expect(out.nodes.length).toBeLessThan(g.nodes.length * 0.8);
    const feeds = gptFeeds(g);
    const before = runGraph(g, feeds);
    const after = runGraph(out, feeds);
    expect(resultDistance(before, after)).toBeLessThan(1e-5);
  });
});
