// The memory traffic model shared by the partitioner (to score merges) and
// the cost report: a kernel reads each distinct buffer it loads once (the
// elements its views touch) and writes each of its outputs once.
import type { Graph, Node, NodeId } from '../graph/types.ts';
import { numel } from '../graph/types.ts';
import type { KernelTemplate } from './template.ts';
import type { ValueAccess } from './types.ts';
import { viewFootprint } from './view.ts';

/**
 * Elements of `access.source` a read touches: what its view touches, unless
 * the reader is an anchor whose template says otherwise (a gather reads its
 * table only at the gathered rows, as in the op's own cost).
 */
export function readFootprint(g: Graph, access: ValueAccess, reader: Node, inputIndex: number, anchorOf?: KernelTemplate): number {
  const sourceNumel = numel(g.nodes[access.source]!.type.shape);
  const touched = viewFootprint(access.view, sourceNumel);
  return anchorOf?.readFootprint ? anchorOf.readFootprint(g, reader, inputIndex, touched) : touched;
}

/**
 * Elements read from one source by several reads in the same kernel: the
 * whole source if any read covers it, else the sum (capped). Overlapping
 * partial reads may be over-counted; this never under-counts a full read.
 */
export function unionFootprint(sourceNumel: number, footprints: readonly number[]): number {
  if (footprints.some((f) => f >= sourceNumel)) return sourceNumel;
  return Math.min(sourceNumel, footprints.reduce((a, b) => a + b, 0));
}

/** A read by some node of a kernel: which value, how, and by whom. */
export interface Read {
  readonly reader: NodeId;
  readonly inputIndex: number;
  readonly access: ValueAccess;
  /** Elements touched (see readFootprint). */
  readonly elements: number;
}
