// Elementwise kernels over an N-d index space: the body callback gets the
// element's flat (row-major) index and its per-axis indices and returns the
// statements for that element, so lowering can inline any chain of fused
// elementwise producers and consumers.
//
//  serial: one flat loop when the body only uses the flat index; nested
//          per-axis loops (no division per element) when it uses the N-d index.
//  grid:   one element per invocation in 1-D workgroups; 2-D/3-D workgroup
//          grids past 65,535 workgroups; with `maxWorkgroups`, each invocation
//          grid-strides over several elements instead.
import { k } from '../build.ts';
import type { KExpr, KStmt, KVar, Kernel } from '../ir.ts';
import { readsVar } from '../ir.ts';
import type { Names } from '../names.ts';
import type { Dim, GridLimits, KernelSignature, LaunchKind } from './common.ts';
import { DEFAULT_GRID_LIMITS, constDim, dimExpr, letsUsed, namesFor, stridesOf, unravel, workgroupGrid } from './common.ts';

export interface ElementContext {
  /** Row-major flat index of the element (i32). */
  readonly flat: KExpr;
  /** Index along each axis (i32). */
  readonly index: readonly KExpr[];
  readonly names: Names;
}

export interface ElementwiseOptions {
  readonly signature: KernelSignature;
  readonly launch: LaunchKind;
  /** The index space (the output's shape). */
  readonly shape: readonly Dim[];
  readonly body: (ctx: ElementContext) => readonly KStmt[];
  /** Invocations per workgroup (grid); default 256. */
  readonly workgroupSize?: number;
  /** Cap on workgroups launched (grid); past it, invocations loop (grid-stride). */
  readonly maxWorkgroups?: number;
  /** The target's grid limits (default: WebGPU's). */
  readonly limits?: GridLimits;
  readonly names?: Names;
}

export function elementwiseKernel(opts: ElementwiseOptions): Kernel {
  const names = namesFor(opts.signature, opts.names);
  const { signature: sig } = opts;
  const common = { name: sig.name, buffers: sig.buffers, uniforms: sig.uniforms ?? [], ...(sig.loc ? { loc: sig.loc } : {}) };
  if (opts.launch === 'serial') return k.kernel({ ...common, launch: k.serial(), body: serialBody(opts, names) });
  const { launch, body } = gridBody(opts, names);
  return k.kernel({ ...common, launch, body });
}

function total(shape: readonly Dim[]): KExpr {
  return shape.reduce<KExpr>((acc, d) => k.mul(acc, dimExpr(d)), k.i32(1));
}

/** Per-axis index variables; a 1-D space's only axis is the flat index itself. */
function axisVars(shape: readonly Dim[], flat: KVar, names: Names): KVar[] {
  return shape.length === 1 ? [flat] : shape.map((_, a) => names.variable(`i${a}`, 'i32'));
}

function serialBody(opts: ElementwiseOptions, names: Names): KStmt[] {
  const { shape } = opts;
  const flat = names.variable('i', 'i32');
  const axes = axisVars(shape, flat, names);
  const inner = opts.body({ flat, index: axes, names });
  if (shape.length <= 1 || !axes.some((v) => readsVar(inner, v.name))) return [k.for(flat, 0, total(shape), inner)];
  // Nested loops: the flat index is rebuilt with multiply-adds, only if used.
  const strides = stridesOf(shape);
  const flatValue = axes.reduce<KExpr>((acc, v, a) => k.add(acc, k.mul(v, strides[a]!)), k.i32(0));
  let body: readonly KStmt[] = [...letsUsed([flat], [flatValue], inner), ...inner];
  for (let a = shape.length - 1; a >= 0; a--) body = [k.for(axes[a]!, 0, dimExpr(shape[a]!), body)];
  return [...body];
}

function gridBody(opts: ElementwiseOptions, names: Names) {
  const size = opts.workgroupSize ?? 256;
  const n = total(opts.shape);
  const nConst = constDim(n);
  const needed = nConst !== undefined ? Math.ceil(nConst / size) : k.ceilDiv(n, size);
  const cap = opts.maxWorkgroups;
  const capped = cap !== undefined && (typeof needed === 'number' ? needed > cap : true);
  const count = !capped ? needed : typeof needed === 'number' ? cap! : k.min(needed, cap!);
  const grid = workgroupGrid(count, (opts.limits ?? DEFAULT_GRID_LIMITS).maxWorkgroupsPerDimension);
  const launch = k.grid([size, 1, 1], grid.workgroups);

  const tid = names.variable('tid', 'i32');
  const flat = names.variable('i', 'i32');
  const axes = axisVars(opts.shape, flat, names);
  const inner = opts.body({ flat, index: axes, names });
  const perElement = opts.shape.length === 1 ? inner : [...letsUsed(axes, unravel(flat, opts.shape), inner), ...inner];
  const tidValue = k.add(k.mul(grid.linear, size), k.cast('i32', k.localId(0)));

  if (capped) {
    // Grid-stride: the launched invocations walk the index space together.
    const stride = k.mul(typeof count === 'number' ? k.i32(count) : count, size);
    const loop = k.for(flat, tid, n, perElement, stride);
    // Surplus workgroups of a non-exact grid would repeat others' elements.
    return { launch, body: [k.let(tid, tidValue), ...(grid.exact ? [loop] : [k.if(k.lt(tid, stride), [loop])])] };
  }
  const exact = grid.exact && nConst !== undefined && nConst % size === 0;
  const body = [k.let(flat, tidValue), ...(exact ? perElement : [k.if(k.lt(flat, n), perElement)])];
  return { launch, body };
}
