// Small kernels used by the golden-text tests of the printer and renderers.
import { k } from '../../compiler/kernel/build.ts';
import type { KExpr, KStmt, Kernel } from '../../compiler/kernel/ir.ts';
import { elementwiseKernel, rowReduceKernel } from '../../compiler/kernel/templates/index.ts';

/** y[i] = x[i] * factor + 1 for i < n: serial, dynamic size. */
export function scaleKernel(): Kernel {
  const n = k.uniformParam('n', 'i32');
  const factor = k.uniformParam('factor', 'f32');
  const x = k.buffer('x', 'f32', k.uniform(n), 'read');
  const y = k.buffer('y', 'f32', k.uniform(n), 'write');
  const i = k.variable('i', 'i32');
  return k.kernel({
    name: 'scale', buffers: [x, y], uniforms: [n, factor], launch: k.serial(), loc: 'model.loom:4:9',
    body: [k.for(i, 0, k.uniform(n), (i) => [k.store(y, i, k.add(k.mul(k.load(x, i), k.uniform(factor)), 1))])],
  });
}

/** lowbias32 (compiler/graph/random.ts mix32) in kernel IR: u32 xor, shifts, wrapping multiplies. */
export function mix32(x0: KExpr, declare: (name: string, value: KExpr) => [KStmt, KExpr]): { stmts: KStmt[]; value: KExpr } {
  const stmts: KStmt[] = [];
  let x = x0;
  const step = (name: string, v: KExpr) => {
    const [s, ref] = declare(name, v);
    stmts.push(s);
    x = ref;
  };
  step('h0', k.bitXor(x, k.shr(x, 16)));
  step('h1', k.mul(x, k.u32(0x7feb352d)));
  step('h2', k.bitXor(x, k.shr(x, 15)));
  step('h3', k.mul(x, k.u32(0x846ca68b)));
  step('h4', k.bitXor(x, k.shr(x, 16)));
  return { stmts, value: x };
}

/** out[i] = mix32(i ^ seed) over a grid of 256-wide workgroups. */
export function hashKernel(count: number, launch: 'serial' | 'grid' = 'grid'): Kernel {
  const seed = k.uniformParam('seed', 'u32');
  const out = k.buffer('out', 'u32', count, 'write');
  return elementwiseKernel({
    signature: { name: 'hash', buffers: [out], uniforms: [seed] },
    launch,
    shape: [count],
    body: ({ flat, names }) => {
      const { stmts, value } = mix32(k.bitXor(k.cast('u32', flat), k.uniform(seed)), (name, v) => {
        const ref = names.variable(name, 'u32');
        return [k.let(ref, v), ref];
      });
      return [...stmts, k.store(out, flat, value)];
    },
  });
}

/** Sum and max of each row of a [rows, 8] matrix. */
export function rowStatsKernel(launch: 'serial' | 'grid'): Kernel {
  const x = k.buffer('x', 'f32', 32, 'read');
  const sum = k.buffer('sum', 'f32', 4, 'write');
  const max = k.buffer('max', 'f32', 4, 'write');
  return rowReduceKernel({
    signature: { name: 'row_stats', buffers: [x, sum, max] },
    launch, rows: 4, cols: 8,
    reductions: [{ op: 'sum' }, { op: 'max' }],
    values: ({ row, col, names }) => {
      const v = names.variable('v', 'f32');
      return { stmts: [k.let(v, k.load(x, k.add(k.mul(row, 8), col)))], values: [v, v] };
    },
    epilogue: ({ row, results }) => [k.store(sum, row, results[0]!), k.store(max, row, results[1]!)],
  });
}
