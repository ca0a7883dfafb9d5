// Generated (index-only) values recomputed where they are read: constants,
// iota, counter-based random numbers, and elementwise ops over them (a
// causal mask is `iota ≥ iota`). A generated value is evaluated at the flat
// index of its own row-major layout; fusion says how each of its inputs is
// read (FusedProgram.generated), through views like any load.
//
// Random numbers reproduce compiler/graph/random.ts bit for bit: the stream
// key is hashed at compile time, and the per-element hash runs in u32
// arithmetic (wrapping multiplies, logical shifts), so a uniform is the same
// 24-bit fraction on every target; normals go through log/cos/sqrt and agree
// to the target's transcendental precision.
import { k } from '../build.ts';
import type { KExpr } from '../ir.ts';
import type { FusedProgram } from '../../fusion/types.ts';
import { streamKey } from '../../graph/random.ts';
import type { Node, NodeId, OpAttrs } from '../../graph/types.ts';
import { BINARY, UNARY, castValue, constValue, whereValue } from './ops.ts';
import { Point } from './point.ts';
import type { Scope } from './scope.ts';

/** lowbias32, as in random.ts; each step is bound to a local so the expression stays linear. */
function mix32(scope: Scope, x: KExpr): KExpr {
  let v = scope.bind('h', k.bitXor(x, k.shr(x, k.u32(16))));
  v = scope.bind('h', k.mul(v, k.u32(0x7feb352d)));
  v = scope.bind('h', k.bitXor(v, k.shr(v, k.u32(15))));
  v = scope.bind('h', k.mul(v, k.u32(0x846ca68b)));
  return scope.bind('h', k.bitXor(v, k.shr(v, k.u32(16))));
}

/** A uniform in [0, 1) from counter c: (bits(key, c) >> 8) · 2^-24, exact in f32. */
function uniformBits(scope: Scope, key: number, counter: KExpr): KExpr {
  const bits = mix32(scope, k.add(mix32(scope, k.bitXor(counter, k.u32(key))), k.u32(key)));
  return k.mul(k.cast('f32', k.shr(bits, k.u32(8))), k.f32(1 / 16777216));
}

function randomAt(scope: Scope, attrs: OpAttrs['random'], flat: KExpr): KExpr {
  const key = streamKey(attrs.seed >>> 0, attrs.stream >>> 0);
  const c = scope.bind('ctr', k.mul(k.cast('u32', flat), k.u32(2)));
  const u1 = scope.bind('u', uniformBits(scope, key, c));
  if (attrs.dist === 'uniform') return u1;
  const u2 = scope.bind('u', uniformBits(scope, key, k.add(c, k.u32(1))));
  // Box–Muller, as normalAt in random.ts.
  return k.mul(k.sqrt(k.mul(k.f32(-2), k.log(k.sub(k.f32(1), u1)))), k.cos(k.mul(k.f32(2 * Math.PI), u2)));
}

/** The value of generated node `id` at flat index `flat` of its own shape. */
export function generatedAt(p: FusedProgram, scope: Scope, id: NodeId, flat: KExpr): KExpr {
  const n = p.graph.nodes[id]!;
  switch (n.op) {
    case 'const':
      return constValue((n.attrs as OpAttrs['const']).value, n.type.dtype);
    case 'iota': {
      const axis = (n.attrs as OpAttrs['iota']).axis;
      const coord = Point.flat(n.type.shape, flat).axisIndex(axis);
      return k.cast('f32', coord);
    }
    case 'random':
      return randomAt(scope, n.attrs as OpAttrs['random'], flat);
    default:
      return generatedOp(p, scope, n, flat);
  }
}

/** An elementwise op over generated inputs, each read through its access. */
function generatedOp(p: FusedProgram, scope: Scope, n: Node, flat: KExpr): KExpr {
  const accesses = p.generated.get(n.id);
  if (!accesses) throw new Error(`lowering: %${n.id} (${n.op}) is not a generated value`);
  const at = Point.flat(n.type.shape, flat);
  const args = accesses.map((a, i) => {
    const dtype = p.graph.nodes[n.inputs[i]!]!.type.dtype;
    const addr = at.address(a.view);
    const v = scope.bind('g', generatedAt(p, scope, a.source, addr.index));
    return addr.valid ? scope.bind('g', k.select(addr.valid, v, constValue(0, dtype))) : v;
  });
  const inDtype = p.graph.nodes[n.inputs[0]!]!.type.dtype;
  switch (n.op) {
    case 'unary':
      return UNARY[(n.attrs as OpAttrs['unary']).op](args[0]!, inDtype);
    case 'binary':
      return BINARY[(n.attrs as OpAttrs['binary']).op](args[0]!, args[1]!, inDtype);
    case 'where':
      return whereValue(args[0]!, args[1]!, args[2]!);
    case 'cast':
      return castValue(args[0]!, inDtype, (n.attrs as OpAttrs['cast']).to);
    default:
      throw new Error(`lowering: cannot generate %${n.id} (${n.op}) from its index`);
  }
}
