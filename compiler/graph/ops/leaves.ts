// Leaves: runtime inputs, persistent params, constants, iota and counter-based
// random numbers. The builder sets a leaf's type directly (emitLeaf), so their
// type rules only report misuse. None has inputs, so none has a gradient to pass on.
import type { OpCost, OpDef } from '../op.ts';
import { fillRandom } from '../random.ts';
import { BYTES_PER_ELEMENT, type OpName, numel, stridesOf } from '../types.ts';
import { leafInfer } from './util.ts';

/** Leaves that are computed write their output once and read nothing. */
function writeOnlyCost(n: number): OpCost {
  return { flops: 0, bytesRead: 0, bytesWritten: n * BYTES_PER_ELEMENT };
}

const NO_COST: OpCost = { flops: 0, bytesRead: 0, bytesWritten: 0 };

/** input and param hold values the interpreter supplies: nothing is computed for them. */
function fedLeaf<K extends 'input' | 'param'>(name: K): OpDef<K> {
  return {
    name,
    arity: 0,
    infer: () => leafInfer(name),
    evaluate: () => {
      throw new Error(`${name}: values of ${name} nodes are supplied by the interpreter`);
    },
    vjp: () => [],
    cost: () => ({ ...NO_COST }),
  };
}

export const inputDef = fedLeaf('input');
export const paramDef = fedLeaf('param');

export const constDef: OpDef<'const'> = {
  name: 'const',
  arity: 0,
  infer: () => leafInfer('const'),
  evaluate(node, _inputs, _types, ctx) {
    const out = ctx.alloc(numel(node.type.shape));
    if (node.attrs.value !== 0) out.fill(node.attrs.value);
    return out;
  },
  vjp: () => [],
  cost: (node) => writeOnlyCost(numel(node.type.shape)),
};

export const iotaDef: OpDef<'iota'> = {
  name: 'iota',
  arity: 0,
  infer: () => leafInfer('iota'),
  evaluate(node, _inputs, _types, ctx) {
    const shape = node.type.shape;
    const axis = node.attrs.axis;
    const out = ctx.alloc(numel(shape));
    if (axis < 0 || axis >= shape.length) throw new Error(`iota: axis ${axis} is out of range for rank ${shape.length}`);
    // Element index i has coordinate floor(i / stride) mod size along `axis`.
    const stride = stridesOf(shape)[axis]!;
    const size = shape[axis]!;
    for (let i = 0; i < out.length; i++) out[i] = Math.floor(i / stride) % size;
    return out;
  },
  vjp: () => [],
  cost: (node) => writeOnlyCost(numel(node.type.shape)),
};

export const randomDef: OpDef<'random'> = {
  name: 'random',
  arity: 0,
  infer: () => leafInfer('random'),
  evaluate(node, _inputs, _types, ctx) {
    const out = ctx.alloc(numel(node.type.shape));
    fillRandom(out, node.attrs.seed, node.attrs.stream, node.attrs.dist);
    return out;
  },
  vjp: () => [],
  // One hash chain per element (two for normal) counted as one flop each, like other transcendental work.
  cost: (node) => ({ ...writeOnlyCost(numel(node.type.shape)), flops: numel(node.type.shape) }),
};

export const LEAF_OPS: readonly OpName[] = ['input', 'param', 'const', 'iota', 'random'];
