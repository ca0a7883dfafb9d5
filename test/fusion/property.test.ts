// Properties of every fused program, on seeded random graphs covering most
// of the op set (and view chains that need copies): the groups partition the
// compute nodes, the group graph is acyclic with every external input a leaf
// or an earlier group's output, every kernel is a valid plan, and running
// kernel by kernel through the declared loads and outputs gives the
// interpreter's results. Fused both as given and after the pass pipeline.
import { describe, expect, test } from 'vitest';
import { fuse } from '../../compiler/fusion/fuse.ts';
import { fusionContext } from '../../compiler/fusion/context.ts';
import { randomGraph } from '../passes/helpers.ts';
import { fuseChecked } from './helpers.ts';

describe('fusion properties on random graphs', () => {
  test('after the pass pipeline', () => {
    for (let seed = 1000; seed < 1150; seed++) fuseChecked(randomGraph(seed, 18));
  });

  test('as given (stop_grad, one-operand einsums and constants not simplified away)', () => {
    for (let seed = 2000; seed < 2150; seed++) fuseChecked(randomGraph(seed, 18), { optimize: false });
  });

  test('the random graphs exercise copies, guards, generated values and every kernel kind', () => {
    const kinds = new Set<string>();
    let cuts = 0;
    let guarded = 0;
    let generated = 0;
    for (let seed = 1000; seed < 1150; seed++) {
      const g = randomGraph(seed, 18);
      const p = fuse(g);
      cuts += fusionContext(g).analysis.cuts.size;
      for (const k of p.kernels) {
        kinds.add(k.kind);
        guarded += k.loads.filter((l) => l.view.guards.length > 0).length;
        generated += k.loads.filter((l) => l.generated).length;
      }
    }
    expect([...kinds].sort()).toEqual(['contraction', 'copy', 'elementwise', 'gather', 'reduction', 'scatter']);
    expect(cuts).toBeGreaterThan(10);
    expect(guarded).toBeGreaterThan(10);
    expect(generated).toBeGreaterThan(10);
  });

  test('fusing is deterministic', () => {
    for (let seed = 3000; seed < 3020; seed++) {
      const g = randomGraph(seed, 18);
      expect(fuse(g)).toEqual(fuse(g));
    }
  });
});
