// JS emulation of grid launches, so GPU-shaped kernels (tiled matmul,
// workgroup tree reductions) run and are tested on the CPU. CPU kernels are
// normally serial; this path exists for tests and as a fallback.
//
// Invocations of a workgroup run one after another, so a barrier becomes a
// phase boundary: the statements between barriers run in an "invocation loop"
// over all local ids, and statements that contain barriers (uniform ifs and
// loops, guaranteed by the verifier) run once per workgroup around such loops.
// A local declared directly in a block that contains a barrier can be live
// across phases, so each invocation needs its own copy: it becomes an array
// indexed by the linear local id (read at [0] from workgroup-level code,
// which only reads uniform values, identical in every invocation).
import type { KBuiltin, KDim, KStmt, KType, Kernel } from '../kernel/ir.ts';
import { containsBarrier } from '../kernel/ir.ts';
import { INDENT, Prec } from './c-like.ts';
import type { Rendered } from './c-like.ts';
import { JsRenderer, TYPED_ARRAY } from './js-render.ts';

const AXES = ['x', 'y', 'z'] as const;

/** Per-invocation storage of promoted locals; f32 locals keep JS's f64 precision. */
const PROMOTED_ARRAY: Readonly<Record<KType, (n: number) => string>> = {
  f32: (n) => `new Float64Array(${n})`,
  i32: (n) => `new Int32Array(${n})`,
  u32: (n) => `new Uint32Array(${n})`,
  bool: (n) => `new Array(${n}).fill(false)`,
};

export class JsGridRenderer extends JsRenderer {
  private size: readonly [number, number, number] = [1, 1, 1];
  /** Locals currently stored per invocation. */
  private readonly promoted = new Set<string>();
  /** Whether code being rendered runs once per invocation or once per workgroup. */
  private perInvocation = false;

  protected override builtin(builtin: KBuiltin, dim: KDim): Rendered {
    const axis = AXES[dim];
    const local: Rendered = this.size[dim] === 1 ? { text: '0', prec: Prec.Primary } : { text: `loom_l${axis}`, prec: Prec.Primary };
    switch (builtin) {
      case 'workgroup_id': return { text: `loom_wid_${axis}`, prec: Prec.Primary };
      case 'num_workgroups': return { text: `loom_nwg_${axis}`, prec: Prec.Primary };
      case 'local_id': return local;
      case 'global_id':
        if (this.size[dim] === 1) return { text: `loom_wid_${axis}`, prec: Prec.Primary };
        return { text: `loom_wid_${axis} * ${this.size[dim]} + ${local.text}`, prec: Prec.Additive };
    }
  }

  protected override varRef(name: string): Rendered {
    if (!this.promoted.has(name)) return super.varRef(name);
    return { text: `${this.ident(name)}[${this.perInvocation ? 'loom_lid' : '0'}]`, prec: Prec.Postfix };
  }

  protected override assignTarget(name: string): string {
    return this.promoted.has(name) ? `${this.ident(name)}[loom_lid]` : super.assignTarget(name);
  }

  protected override declare(name: string, type: KType, init: string | undefined, mutable: boolean): string {
    if (!this.promoted.has(name)) return super.declare(name, type, init, mutable);
    return `${this.ident(name)}[loom_lid] = ${init ?? (type === 'bool' ? 'false' : '0')};`;
  }

  protected override workgroupDecl(): undefined {
    return undefined; // allocated once per call, cleared per workgroup (see bodyLines)
  }

  protected override bodyLines(kernel: Kernel): string[] {
    if (kernel.launch.kind !== 'grid') throw new Error('JsGridRenderer renders grid launches only');
    this.size = kernel.launch.workgroupSize;
    const counts = kernel.launch.workgroups.map((e) => this.expr(e).text);
    const arrays = kernel.body.filter((s): s is Extract<KStmt, { kind: 'wg_decl' }> => s.kind === 'wg_decl');
    const out = [
      `${INDENT}const ${AXES.map((a, i) => `loom_nwg_${a} = ${counts[i]}`).join(', ')};`,
      ...arrays.map((a) => `${INDENT}const ${this.ident(a.name)} = new ${TYPED_ARRAY[a.type]}(${a.size});`),
    ];
    let depth = 1;
    for (const a of ['z', 'y', 'x']) {
      out.push(`${INDENT.repeat(depth)}for (let loom_wid_${a} = 0; loom_wid_${a} < loom_nwg_${a}; loom_wid_${a}++) {`);
      depth++;
    }
    // Workgroup memory starts zeroed in every workgroup, as in WGSL.
    for (const a of arrays) out.push(`${INDENT.repeat(depth)}${this.ident(a.name)}.fill(0);`);
    this.workgroupBlock(kernel.body, depth, out);
    for (; depth > 1; depth--) out.push(`${INDENT.repeat(depth - 1)}}`);
    return out;
  }

  /** Renders a block executed once per workgroup. */
  private workgroupBlock(body: readonly KStmt[], depth: number, out: string[]): void {
    const pad = INDENT.repeat(depth);
    if (!containsBarrier(body)) {
      this.invocationLoop(body, depth, out);
      return;
    }
    const n = this.size[0] * this.size[1] * this.size[2];
    const locals = body.filter((s): s is Extract<KStmt, { kind: 'let' }> => s.kind === 'let');
    for (const l of locals) {
      this.promoted.add(l.name);
      out.push(`${pad}const ${this.ident(l.name)} = ${PROMOTED_ARRAY[l.type](n)};`);
    }
    let phase: KStmt[] = [];
    const flush = () => {
      if (phase.length > 0) this.invocationLoop(phase, depth, out);
      phase = [];
    };
    for (const s of body) {
      if (s.kind === 'wg_decl') continue;
      if (s.kind === 'barrier') {
        flush();
        out.push(`${pad}// ${s.storage ? 'storageBarrier' : 'workgroupBarrier'}()`);
      } else if ((s.kind === 'for' || s.kind === 'if') && containsBarrier([s])) {
        flush();
        this.uniformControl(s, depth, out);
      } else {
        phase.push(s);
      }
    }
    flush();
    for (const l of locals) this.promoted.delete(l.name);
  }

  /** A loop or if with barriers inside: its header runs once per workgroup. */
  private uniformControl(s: Extract<KStmt, { kind: 'for' | 'if' }>, depth: number, out: string[]): void {
    const pad = INDENT.repeat(depth);
    if (s.kind === 'for') {
      const v = this.ident(s.var);
      out.push(`${pad}${this.forHeader(v, s.type, this.expr(s.start).text, this.expr(s.end).text, s.step)} {`);
      this.workgroupBlock(s.body, depth + 1, out);
    } else {
      out.push(`${pad}if (${this.expr(s.cond).text}) {`);
      this.workgroupBlock(s.then, depth + 1, out);
      if (s.else && s.else.length > 0) {
        out.push(`${pad}} else {`);
        this.workgroupBlock(s.else, depth + 1, out);
      }
    }
    out.push(`${pad}}`);
  }

  /** Runs `body` once per invocation of the workgroup. */
  private invocationLoop(body: readonly KStmt[], depth: number, out: string[]): void {
    let d = depth;
    for (const dim of [2, 1, 0] as const) {
      if (this.size[dim] === 1) continue;
      const v = `loom_l${AXES[dim]}`;
      out.push(`${INDENT.repeat(d)}for (let ${v} = 0; ${v} < ${this.size[dim]}; ${v}++) {`);
      d++;
    }
    // A one-invocation workgroup still gets its own block, so its declarations stay local.
    if (d === depth) out.push(`${INDENT.repeat(d++)}{`);
    if (this.promoted.size > 0) out.push(`${INDENT.repeat(d)}const loom_lid = ${this.linearLocalId()};`);
    this.perInvocation = true;
    out.push(...this.block(body, d));
    this.perInvocation = false;
    for (; d > depth; d--) out.push(`${INDENT.repeat(d - 1)}}`);
  }

  private linearLocalId(): string {
    const [x, y, z] = this.size;
    const terms = [x > 1 ? 'loom_lx' : '', y > 1 ? `loom_ly * ${x}` : '', z > 1 ? `loom_lz * ${x * y}` : ''].filter(Boolean);
    return terms.length > 0 ? terms.join(' + ') : '0';
  }
}
