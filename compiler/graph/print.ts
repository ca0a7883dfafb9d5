// A stable, line-per-node text form of a graph, for `loom graph`, golden
// files and debugging:
//
//   %0 = input "tokens" : i32[2, 8]
//   %1 = param "wte.w" normal(mean=0, std=0.02) : f32[256, 64]
//   %12 = einsum "btd,dv->btv" %10, %11 : f32[2, 8, 256]   # gpt.loom:14:12
//   output "logits" = %12
//   update "wte.w" = %40
//
// Unary and binary ops print as their sub-op (`exp %3`, `add %3, %4`),
// reductions as reduce_sum / reduce_max. Shapes that the result type already
// shows (reshape, expand) are not repeated.
import type { Graph, InitSpec, Node, OpAttrs } from './types.ts';
import { fmtShape, fmtType } from './types.ts';

function num(v: number): string {
  return Object.is(v, -0) ? '-0' : String(v);
}

export function fmtInit(init: InitSpec): string {
  switch (init.kind) {
    case 'zeros':
    case 'ones':
      return init.kind;
    case 'const':
      return `const(${num(init.value)})`;
    case 'normal':
      return `normal(mean=${num(init.mean)}, std=${num(init.std)})`;
    case 'uniform':
      return `uniform(low=${num(init.low)}, high=${num(init.high)})`;
  }
}

function fmtRange(start: number, stop: number, step: number): string {
  return step === 1 ? `${start}:${stop}` : `${start}:${stop}:${step}`;
}

/** The op's printed name and attributes, e.g. `einsum "ab,bc->ac"` or `reduce_sum axes=[1]`. */
export function fmtOp(node: Node): string {
  const a = node.attrs;
  switch (node.op) {
    case 'input':
      return `input ${JSON.stringify((a as OpAttrs['input']).name)}`;
    case 'param': {
      const p = a as OpAttrs['param'];
      return `param ${JSON.stringify(p.name)} ${fmtInit(p.init)}${p.role === 'state' ? ' state' : ''}`;
    }
    case 'const':
      return `const ${num((a as OpAttrs['const']).value)}`;
    case 'iota':
      return `iota axis=${(a as OpAttrs['iota']).axis}`;
    case 'random': {
      const r = a as OpAttrs['random'];
      return `random ${r.dist} seed=${r.seed} stream=${r.stream}`;
    }
    case 'unary':
      return (a as OpAttrs['unary']).op;
    case 'binary':
      return (a as OpAttrs['binary']).op;
    case 'cast':
      return `cast to=${(a as OpAttrs['cast']).to}`;
    case 'reduce': {
      const r = a as OpAttrs['reduce'];
      return `reduce_${r.op} axes=${fmtShape(r.axes)}`;
    }
    case 'permute':
      return `permute ${fmtShape((a as OpAttrs['permute']).perm)}`;
    case 'slice': {
      const s = a as OpAttrs['slice'];
      return `slice [${s.starts.map((st, i) => fmtRange(st, s.stops[i]!, s.steps[i]!)).join(', ')}]`;
    }
    case 'pad': {
      const p = a as OpAttrs['pad'];
      const steps = p.steps.some((s) => s !== 1) ? ` steps=${fmtShape(p.steps)}` : '';
      return `pad before=${fmtShape(p.before)} after=${fmtShape(p.after)}${steps}`;
    }
    case 'concat':
      return `concat axis=${(a as OpAttrs['concat']).axis}`;
    case 'gather':
      return `gather axis=${(a as OpAttrs['gather']).axis}`;
    case 'scatter_add': {
      const s = a as OpAttrs['scatter_add'];
      return `scatter_add axis=${s.axis} size=${s.size}`;
    }
    case 'einsum':
      return `einsum ${JSON.stringify((a as OpAttrs['einsum']).spec)}`;
    case 'attention': {
      const t = a as OpAttrs['attention'];
      return `attention.${t.part} causal=${t.causal} window=${t.window} scale=${t.scale}`;
    }
    case 'scan': {
      const t = a as OpAttrs['scan'];
      return `scan length=${t.length}${t.reverse ? ' reverse' : ''} states=${t.nState} seqs=${t.nSeq} axes=${fmtShape(t.seqAxes)} consts=${t.nConst}${t.save ? ' save' : ''} body=${t.body.nodes.length} nodes`;
    }
    case 'topk':
      return `topk.${(a as OpAttrs['topk']).part} k=${(a as OpAttrs['topk']).k}`;
    case 'group_sort':
      return `group_sort.${(a as OpAttrs['group_sort']).part} groups=${(a as OpAttrs['group_sort']).groups}`;
    case 'grouped_matmul':
      return `grouped_matmul.${(a as OpAttrs['grouped_matmul']).part}`;
    default:
      // where, reshape, expand, stop_grad, grad_as: nothing beyond the inputs and the result type.
      return node.op;
  }
}

export function printNode(node: Node): string {
  const args = node.inputs.length ? ' ' + node.inputs.map((i) => `%${i}`).join(', ') : '';
  const where = node.span ? `   # ${node.span.file}:${node.span.line}:${node.span.col}` : '';
  return `%${node.id} = ${fmtOp(node)}${args} : ${fmtType(node.type)}${where}`;
}

export function printGraph(g: Graph): string {
  const lines = g.nodes.map(printNode);
  for (const o of g.outputs) lines.push(`output ${JSON.stringify(o.name)} = %${o.node}`);
  for (const u of g.updates) lines.push(`update ${JSON.stringify(u.target)} = %${u.node}`);
  return lines.join('\n') + '\n';
}
