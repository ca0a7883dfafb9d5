// The program's buffer table and each kernel's view of it. A buffer is keyed
// by what it stores: an input or param by name (several graph nodes may name
// the same param), a computed value by its node, a reduce's per-row partials
// by the reduce. Kernels declare their buffers in first-use order with the
// access they need; the table records which program buffer each parameter is.
import type { FusedProgram } from '../../fusion/types.ts';
import { type DType, type NodeId, type OpAttrs, numel } from '../../graph/types.ts';
import { k } from '../build.ts';
import type { BufferAccess, BufferParam } from '../ir.ts';
import type { BufferKind, LoweredBuffer } from './types.ts';
import { bufferKey } from './stages.ts';

/** A program buffer as the table builds it: its key, and everything but its memory slot (assigned once the schedule is known). */
export interface BufferEntry extends Omit<LoweredBuffer, 'slot'> {
  readonly key: string;
}

/** Letters, digits and underscores, starting with a letter, as kernel-IR names require. */
function sanitize(name: string): string {
  const s = name.replace(/[^A-Za-z0-9_]/g, '_');
  return /^[A-Za-z]/.test(s) ? s : `x${s}`;
}

export class BufferTable {
  readonly entries: BufferEntry[] = [];
  private readonly byKey = new Map<string, BufferEntry>();
  private readonly names = new Set<string>();
  private readonly results: ReadonlySet<NodeId>;

  constructor(private readonly p: FusedProgram) {
    this.results = new Set([...p.outputs, ...p.updates].map((r) => r.buffer));
  }

  /** The buffer holding node `id`'s value: its input or param by name, else the node's own. */
  forNode(id: NodeId): BufferEntry {
    const n = this.p.graph.nodes[id]!;
    if (n.op === 'input' || n.op === 'param') {
      const name = (n.attrs as OpAttrs['input' | 'param']).name;
      return this.entry(`${n.op}:${name}`, `${n.op === 'input' ? 'in' : 'p'}_${sanitize(name)}`, n.op, numel(n.type.shape), n.type.dtype, { source: name });
    }
    const kind = this.results.has(id) ? 'result' : 'intermediate';
    return this.entry(bufferKey(id), `t${id}`, kind, numel(n.type.shape), n.type.dtype, { node: id });
  }

  /** The per-row partials of reduce `id` (one element per row of its kernel). */
  forPartials(id: NodeId, rows: number): BufferEntry {
    return this.entry(bufferKey(id, true), `t${id}_rows`, 'intermediate', rows, this.p.graph.nodes[id]!.type.dtype, { node: id });
  }

  /**
   * A buffer private to the kernels of node `id`'s group, named by its
   * `purpose` (f32 elements): a scan's body values when they exceed
   * workgroup memory, or the inputs it reads packed into one binding. An
   * intermediate like any other, so its memory is reused outside its kernels.
   */
  forKernel(id: NodeId, purpose: 'scratch' | 'packed', length: number): BufferEntry {
    return this.entry(`${purpose}:${id}`, `t${id}_${purpose}`, 'intermediate', length, 'f32', { node: id });
  }

  private entry(key: string, base: string, kind: BufferKind, length: number, dtype: DType, extra: { source?: string; node?: NodeId }): BufferEntry {
    const known = this.byKey.get(key);
    if (known) return known;
    let name = base;
    for (let i = 1; this.names.has(name); i++) name = `${base}_${i}`;
    this.names.add(name);
    const e: BufferEntry = { id: this.entries.length, key, name, kind, length, dtype, ...extra };
    this.entries.push(e);
    this.byKey.set(key, e);
    return e;
  }
}

/** The buffers one kernel binds, in first-use order, with read/write access merged. */
export class KernelBuffers {
  private readonly used: { entry: BufferEntry; access: BufferAccess }[] = [];

  /** The kernel parameter for `entry`, recording the access. */
  use(entry: BufferEntry, access: 'read' | 'write'): BufferParam {
    const known = this.used.find((u) => u.entry === entry);
    if (!known) this.used.push({ entry, access });
    else if (known.access !== access) known.access = 'read_write';
    return k.buffer(entry.name, 'f32', entry.length, access);
  }

  params(): BufferParam[] {
    return this.used.map((u) => k.buffer(u.entry.name, 'f32', u.entry.length, u.access));
  }

  bindings(): number[] {
    return this.used.map((u) => u.entry.id);
  }

  reads(): number[] {
    return this.used.filter((u) => u.access !== 'write').map((u) => u.entry.id);
  }

  writes(): number[] {
    return this.used.filter((u) => u.access !== 'read').map((u) => u.entry.id);
  }

  get count(): number {
    return this.used.length;
  }
}
