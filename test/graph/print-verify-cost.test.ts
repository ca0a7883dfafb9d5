// The printer's text (golden), the verifier's checks and per-node costs.
import { describe, expect, test } from 'vitest';
import { GraphBuilder, lit } from '../../compiler/graph/builder.ts';
import { graphCost, nodeCost } from '../../compiler/graph/cost.ts';
import { printGraph } from '../../compiler/graph/print.ts';
import type { Graph, Node } from '../../compiler/graph/types.ts';
import { verifyGraph } from '../../compiler/graph/verify.ts';

const span = (line: number, col: number) => ({ file: 'gpt.loom', line, col, endLine: line, endCol: col + 4, start: 0, end: 4 });

function smallModel(): GraphBuilder {
  const b = new GraphBuilder();
  const tokens = b.input('tokens', [2, 8], 'i32');
  const wte = b.param('wte.w', [16, 4], { kind: 'normal', mean: 0, std: 0.02 });
  const m = b.param('optim.m.wte.w', [16, 4], { kind: 'zeros' }, 'state');
  b.at(span(14, 12), () => {
    const x = b.gather(wte, tokens, 0);
    const logits = b.einsum('btd,vd->btv', x, wte);
    const top = b.reduce('max', logits, [2]);
    const shifted = b.sub(logits, top);
    b.output('logits', b.slice(shifted, [0, 0, 0], [2, 8, 16], [1, 2, 1]));
  });
  b.update('optim.m.wte.w', b.add(m, lit(1)));
  return b;
}

describe('printGraph', () => {
  test('golden text', () => {
    expect(printGraph(smallModel().build())).toBe(
      [
        '%0 = input "tokens" : i32[2, 8]',
        '%1 = param "wte.w" normal(mean=0, std=0.02) : f32[16, 4]',
        '%2 = param "optim.m.wte.w" zeros state : f32[16, 4]',
        '%3 = gather axis=0 %1, %0 : f32[2, 8, 4]   # gpt.loom:14:12',
        '%4 = einsum "btd,vd->btv" %3, %1 : f32[2, 8, 16]   # gpt.loom:14:12',
        '%5 = reduce_max axes=[2] %4 : f32[2, 8, 1]   # gpt.loom:14:12',
        '%6 = expand %5 : f32[2, 8, 16]   # gpt.loom:14:12',
        '%7 = sub %4, %6 : f32[2, 8, 16]   # gpt.loom:14:12',
        '%8 = slice [0:2, 0:8:2, 0:16] %7 : f32[2, 4, 16]   # gpt.loom:14:12',
        '%9 = const 1 : f32[16, 4]',
        '%10 = add %2, %9 : f32[16, 4]',
        'output "logits" = %8',
        'update "optim.m.wte.w" = %10',
        '',
      ].join('\n'),
    );
  });
  test('other ops', () => {
    const b = new GraphBuilder();
    const x = b.input('x', [2, 3]);
    b.pad(x, [1, 0], [0, 2], [2, 1]);
    b.permute(x, [1, 0]);
    b.cast(x, 'bool');
    b.unary('exp', x);
    b.random([2], 3, 4, 'uniform');
    b.iota([3], 0);
    b.scatterAdd(x, b.input('i', [3], 'i32'), 1, 5);
    b.concat([x, x], 0);
    b.gradAs(x, x);
    expect(printGraph(b.build())).toBe(
      [
        '%0 = input "x" : f32[2, 3]',
        '%1 = pad before=[1, 0] after=[0, 2] steps=[2, 1] %0 : f32[4, 5]',
        '%2 = permute [1, 0] %0 : f32[3, 2]',
        '%3 = cast to=bool %0 : bool[2, 3]',
        '%4 = exp %0 : f32[2, 3]',
        '%5 = random uniform seed=3 stream=4 : f32[2]',
        '%6 = iota axis=0 : i32[3]',
        '%7 = input "i" : i32[3]',
        '%8 = scatter_add axis=1 size=5 %0, %7 : f32[2, 5]',
        '%9 = concat axis=0 %0, %0 : f32[4, 3]',
        '%10 = grad_as %0, %0 : f32[2, 3]',
        '',
      ].join('\n'),
    );
  });
});

describe('verifyGraph', () => {
  const good = () => smallModel().build();
  const withNodes = (g: Graph, edit: (nodes: Node[]) => void): Graph => {
    const nodes = [...g.nodes];
    edit(nodes);
    return { ...g, nodes };
  };

  test('a sound graph', () => {
    expect(verifyGraph(good())).toEqual([]);
  });
  test('ids must equal indices', () => {
    const g = withNodes(good(), (ns) => (ns[4] = { ...ns[4]!, id: 7 }));
    expect(verifyGraph(g)).toEqual(['%4 (einsum): id is %7 but it is node 4']);
  });
  test('inputs must be earlier nodes', () => {
    const g = withNodes(good(), (ns) => (ns[3] = { ...ns[3]!, inputs: [1, 5] }));
    expect(verifyGraph(g)).toEqual(['%3 (gather): input %5 is not an earlier node']);
  });
  test('a stale type is caught by re-running the type rule', () => {
    const g = withNodes(good(), (ns) => (ns[5] = { ...ns[5]!, type: { shape: [2, 8], dtype: 'f32' } }));
    expect(verifyGraph(g)[0]).toBe('%5 (reduce): type is f32[2, 8] but its inputs give f32[2, 8, 1]');
  });
  test('a node whose inputs no longer fit', () => {
    const g = withNodes(good(), (ns) => (ns[4] = { ...ns[4]!, inputs: [3, 0] }));
    expect(verifyGraph(g)).toContain('%4 (einsum): einsum: operand 2 is i32 but operand 1 is f32');
  });
  test('outputs and updates', () => {
    const g = good();
    const broken: Graph = {
      ...g,
      outputs: [...g.outputs, { name: 'logits', node: 3 }, { name: 'gone', node: 99 }],
      updates: [{ target: 'nope', node: 10 }, { target: 'wte.w', node: 4 }],
    };
    expect(verifyGraph(broken)).toEqual([
      'output "logits" is declared twice',
      'output "gone": %99 does not exist',
      'update "nope": no param is named "nope"',
      'update "wte.w": %4 is f32[2, 8, 16] but the param is f32[16, 4]',
    ]);
  });
  test('duplicate param and input names', () => {
    const b = new GraphBuilder();
    b.input('x', [1]);
    b.input('x', [1]);
    b.param('w', [1], { kind: 'zeros' });
    b.param('w', [1], { kind: 'zeros' });
    expect(verifyGraph(b.build())).toEqual(['%1 (input): input "x" is declared twice', '%3 (param): param "w" is also %2']);
  });
});

describe('cost', () => {
  const g = smallModel().build();
  test('einsum: 2 · the product of all axis sizes', () => {
    expect(nodeCost(g, 4)).toEqual({ flops: 2 * 2 * 8 * 4 * 16, bytesRead: (64 + 64) * 4, bytesWritten: 256 * 4 });
  });
  test('reduce: one flop per input element', () => {
    expect(nodeCost(g, 5)).toEqual({ flops: 256, bytesRead: 256 * 4, bytesWritten: 16 * 4 });
  });
  test('elementwise: one flop per output element; movement none', () => {
    expect(nodeCost(g, 7)).toEqual({ flops: 256, bytesRead: 512 * 4, bytesWritten: 256 * 4 });
    expect(nodeCost(g, 6)).toEqual({ flops: 0, bytesRead: 16 * 4, bytesWritten: 256 * 4 });
  });
  test('gather reads only the rows it takes; inputs and params are free', () => {
    expect(nodeCost(g, 3)).toEqual({ flops: 0, bytesRead: (64 + 16) * 4, bytesWritten: 64 * 4 });
    expect(nodeCost(g, 0)).toEqual({ flops: 0, bytesRead: 0, bytesWritten: 0 });
  });
  test('graph totals', () => {
    const c = graphCost(g);
    const each = g.nodes.map((n) => nodeCost(g, n.id));
    expect(c.flops).toBe(each.reduce((a, x) => a + x.flops, 0));
    expect(c.bytes).toBe(each.reduce((a, x) => a + x.bytesRead + x.bytesWritten, 0));
    expect(c.byOp.get('einsum')!.flops).toBe(2 * 2 * 8 * 4 * 16);
  });
});
