// Graphs the attention tests share.
import { gradients } from '../../compiler/autodiff/grad.ts';
import { GraphBuilder } from '../../compiler/graph/builder.ts';
import type { Graph, NodeId, OpAttrs } from '../../compiler/graph/types.ts';

export type Attrs = Omit<OpAttrs['attention'], 'part'>;

/**
 * loss = Σ attention(q, k, v)² ⊙ w and the gradients of `wrt` (q, k and v
 * are inputs unless `make` gives them; an input incoming gradient is a value
 * in memory, so every part can be tiled); outputs o, then grad_<name>.
 */
export function trainGraph(shapes: { q: number[]; k: number[]; v: number[] }, attrs: Attrs, wrt: readonly ('q' | 'k' | 'v')[] = ['q', 'k', 'v'], make?: (b: GraphBuilder) => Partial<Record<'q' | 'k' | 'v', NodeId>>): Graph {
  const b = new GraphBuilder();
  const made = make?.(b) ?? {};
  const x = { q: made.q ?? b.input('q', shapes.q), k: made.k ?? b.input('k', shapes.k), v: made.v ?? b.input('v', shapes.v) };
  const o = b.attention({ part: 'out', ...attrs }, [x.q, x.k, x.v]);
  const w = b.random(b.shape(o), 3, 1, 'normal');
  const loss = b.reshape(b.sum(b.mul(b.mul(o, o), w), b.shape(o).map((_, i) => i)), []);
  const grads = gradients(b, loss, wrt.map((n) => x[n]));
  b.output('o', o);
  for (const n of wrt) b.output(`grad_${n}`, grads.get(x[n])!);
  return b.build();
}
