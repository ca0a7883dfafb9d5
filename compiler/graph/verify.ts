// Structural checks of a graph, run after every pass in tests: a pass that
// breaks an invariant is caught where it happened, not as a wrong number later.
import { ShapeError } from './op.ts';
import { opDef } from './ops/index.ts';
import { type Graph, type Node, type OpAttrs, fmtType, shapeEq } from './types.ts';

const LEAVES = new Set(['input', 'param', 'const', 'iota', 'random']);

/** Every broken invariant, one message each; empty when the graph is sound. */
export function verifyGraph(g: Graph): string[] {
  const errors: string[] = [];
  const params = new Map<string, Node>();
  const inputs = new Set<string>();
  g.nodes.forEach((n, index) => {
    const at = `%${index} (${n.op})`;
    if (n.id !== index) errors.push(`${at}: id is %${n.id} but it is node ${index}`);
    const bad = n.inputs.filter((i) => !Number.isInteger(i) || i < 0 || i >= index);
    if (bad.length) {
      errors.push(`${at}: input ${bad.map((i) => `%${i}`).join(', ')} is not an earlier node`);
      return;
    }
    errors.push(...checkLeafOrInfer(g, n, at));
    if (n.op === 'param') {
      const name = (n.attrs as OpAttrs['param']).name;
      if (params.has(name)) errors.push(`${at}: param "${name}" is also %${params.get(name)!.id}`);
      else params.set(name, n);
    }
    if (n.op === 'input') {
      const name = (n.attrs as OpAttrs['input']).name;
      if (inputs.has(name)) errors.push(`${at}: input "${name}" is declared twice`);
      inputs.add(name);
    }
  });
  const exists = (id: number) => Number.isInteger(id) && id >= 0 && id < g.nodes.length;
  const outputNames = new Set<string>();
  for (const o of g.outputs) {
    if (!exists(o.node)) errors.push(`output "${o.name}": %${o.node} does not exist`);
    if (outputNames.has(o.name)) errors.push(`output "${o.name}" is declared twice`);
    outputNames.add(o.name);
  }
  const targets = new Set<string>();
  for (const u of g.updates) {
    const at = `update "${u.target}"`;
    if (!exists(u.node)) {
      errors.push(`${at}: %${u.node} does not exist`);
      continue;
    }
    if (targets.has(u.target)) errors.push(`${at}: the param is updated twice`);
    targets.add(u.target);
    const p = params.get(u.target);
    const t = g.nodes[u.node]!.type;
    if (!p) errors.push(`${at}: no param is named "${u.target}"`);
    else if (!shapeEq(p.type.shape, t.shape) || p.type.dtype !== t.dtype) {
      errors.push(`${at}: %${u.node} is ${fmtType(t)} but the param is ${fmtType(p.type)}`);
    }
  }
  return errors;
}

function checkLeafOrInfer(g: Graph, n: Node, at: string): string[] {
  if (LEAVES.has(n.op)) {
    const errors: string[] = [];
    if (n.inputs.length) errors.push(`${at}: a leaf has ${n.inputs.length} inputs`);
    if (n.type.shape.some((d) => !Number.isInteger(d) || d < 0)) errors.push(`${at}: bad shape in ${fmtType(n.type)}`);
    if ((n.op === 'param' || n.op === 'random') && n.type.dtype !== 'f32') errors.push(`${at}: must be f32, is ${n.type.dtype}`);
    if (n.op === 'iota') {
      const axis = (n.attrs as OpAttrs['iota']).axis;
      if (!(axis >= 0 && axis < n.type.shape.length)) errors.push(`${at}: axis ${axis} is out of range for ${fmtType(n.type)}`);
    }
    return errors;
  }
  const def = opDef(n.op);
  const [lo, hi] = typeof def.arity === 'number' ? [def.arity, def.arity] : def.arity;
  if (n.inputs.length < lo || n.inputs.length > hi) return [`${at}: has ${n.inputs.length} inputs`];
  try {
    const t = def.infer(n.attrs as never, n.inputs.map((i) => g.nodes[i]!.type));
    if (!shapeEq(t.shape, n.type.shape) || t.dtype !== n.type.dtype) {
      return [`${at}: type is ${fmtType(n.type)} but its inputs give ${fmtType(t)}`];
    }
  } catch (e) {
    if (e instanceof ShapeError) return [`${at}: ${e.message}`];
    throw e;
  }
  return [];
}
