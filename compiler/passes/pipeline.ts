// The graph-level optimisation pipeline run before fusion, in order. Each
// pass is a pure Graph → Graph function; the sequence repeats until the node
// count stops shrinking (CSE can expose new folds, folds new duplicates).
import type { Graph } from '../graph/types.ts';
import { verifyGraph } from '../graph/verify.ts';
import { cse } from './cse.ts';
import { dce } from './dce.ts';
import { simplify, type SimplifyOptions } from './simplify.ts';

export interface Pass {
  readonly name: string;
  run(g: Graph, opts: SimplifyOptions): Graph;
}

export const PASSES: readonly Pass[] = [
  { name: 'dce', run: (g) => dce(g) },
  { name: 'simplify', run: (g, opts) => simplify(g, opts) },
  { name: 'cse', run: (g) => cse(g) },
  { name: 'dce', run: (g) => dce(g) },
];

export interface PipelineOptions extends SimplifyOptions {
  /** Run the graph verifier after every pass and throw naming the pass that broke an invariant (tests). */
  verify?: boolean;
  /** Called after every pass, e.g. to print sizes. */
  onPass?: (name: string, g: Graph) => void;
  /** At most this many rounds of the whole sequence (default 4). */
  maxRounds?: number;
  /** The passes to run (default PASSES). */
  passes?: readonly Pass[];
}

/** The optimised graph: same outputs, updates and numerics, fewer nodes. */
export function optimizeGraph(g: Graph, opts: PipelineOptions = {}): Graph {
  let cur = g;
  for (let round = 0; round < (opts.maxRounds ?? 4); round++) {
    const before = cur.nodes.length;
    for (const pass of opts.passes ?? PASSES) {
      cur = pass.run(cur, opts);
      if (opts.verify) {
        const errors = verifyGraph(cur);
        if (errors.length) throw new Error(`pass ${pass.name} (round ${round + 1}) broke the graph:\n  ${errors.join('\n  ')}`);
      }
      opts.onPass?.(pass.name, cur);
    }
    if (round > 0 && cur.nodes.length >= before) break;
  }
  return cur;
}
