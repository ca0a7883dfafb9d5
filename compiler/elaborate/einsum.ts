// einsum in einops notation: "b t (h k), h k d -> b t d". Axis names are
// words separated by spaces, operands by commas; `(h k)` is a composed axis
// (split with a reshape on inputs, merged with a reshape on outputs); `...`
// stands for the same leading axes in every operand. Sizes of split axes come
// from keywords (`h=heads`) or from the other operands. The contraction is
// lowered to the IR's one- and two-operand einsum over single letters (more
// operands contract left to right), a sum for axes only one operand has, and
// a permute for pure rearrangements. Errors use the source's axis names.
import type { SourceSpan } from '../diagnostics.ts';
import { fmtShape, type NodeId } from '../graph/types.ts';
import type { CallExpr } from '../syntax/ast.ts';
import { commonDType, tensorOf } from './arith.ts';
import { evalArgs } from './call.ts';
import { type Ctx, err, plainName } from './context.ts';
import type { Env } from './scope.ts';
import { type Value, expectInt, expectStr } from './values.ts';

type Term = { kind: 'axis'; name: string } | { kind: 'group'; names: string[] } | { kind: 'ellipsis' };

export interface EinsumOperand {
  id: NodeId;
  /** The argument's text when it is a plain name, else "operand N". */
  label: string;
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';

export function callEinsum(ctx: Ctx, env: Env, call: CallExpr): Value {
  const args = evalArgs(ctx, env, call, new Set());
  const pos = args.filter((a) => !a.name);
  if (pos.length === 0) throw err('einsum: missing the spec string, e.g. einsum("b t d, d k -> b t k", x, w)', call.span, 'E-arity');
  const spec = expectStr(pos[0]!.value, 'einsum: the spec', pos[0]!.span);
  const operands = pos.slice(1).map((a, i) => ({
    id: tensorOf(ctx, a.value, `einsum: operand ${i + 1}`, a.span),
    label: (a.expr && plainName(a.expr)) ?? `operand ${i + 1}`,
  }));
  const sizes = new Map<string, number>();
  for (const a of args) if (a.name) sizes.set(a.name, expectInt(a.value, `einsum: size ${a.name}`, a.span));
  return { kind: 'tensor', id: einsum(ctx, spec, operands, sizes, call.span) };
}

function parseSide(side: string, spec: string, span: SourceSpan): Term[] {
  const terms: Term[] = [];
  const re = /\s*(\.\.\.|\(|\)|[A-Za-z_][A-Za-z0-9_]*|\S)/y;
  let group: string[] | null = null;
  let m: RegExpExecArray | null;
  while ((m = re.exec(side)) && m[1]) {
    const tok = m[1];
    if (tok === '(') {
      if (group) throw err(`einsum: nested parentheses in "${spec}"`, span, 'E-einsum');
      group = [];
    } else if (tok === ')') {
      if (!group) throw err(`einsum: unmatched ')' in "${spec}"`, span, 'E-einsum');
      if (group.length === 0) throw err(`einsum: empty group '()' in "${spec}"`, span, 'E-einsum');
      terms.push({ kind: 'group', names: group });
      group = null;
    } else if (tok === '...') {
      if (group) throw err(`einsum: '...' cannot appear inside a group in "${spec}"`, span, 'E-einsum');
      terms.push({ kind: 'ellipsis' });
    } else if (/^[A-Za-z_]/.test(tok)) {
      if (group) group.push(tok);
      else terms.push({ kind: 'axis', name: tok });
    } else {
      throw err(`einsum: unexpected '${tok}' in "${spec}"; axis names are words separated by spaces`, span, 'E-einsum');
    }
  }
  if (group) throw err(`einsum: unclosed '(' in "${spec}"`, span, 'E-einsum');
  return terms;
}

/** The flat axis names of terms, with `...` expanded to `n` internal names. */
function flatten(terms: Term[], n: number): string[] {
  return terms.flatMap((t) => (t.kind === 'axis' ? [t.name] : t.kind === 'group' ? t.names : Array.from({ length: n }, (_, i) => `...${i}`)));
}

export function einsum(ctx: Ctx, spec: string, ops: EinsumOperand[], kw: ReadonlyMap<string, number>, span: SourceSpan): NodeId {
  const B = ctx.b;
  const sides = spec.split('->');
  if (sides.length !== 2) throw err(`einsum: the spec needs one '->', e.g. "b t d, d k -> b t k"; got "${spec}"`, span, 'E-einsum');
  const ins = sides[0]!.split(',').map((s) => parseSide(s, spec, span));
  const out = parseSide(sides[1]!, spec, span);
  const nOps = ins.length;
  if (nOps !== ops.length) {
    throw err(`einsum: the spec has ${nOps} operand${nOps === 1 ? '' : 's'} but ${ops.length} tensor${ops.length === 1 ? ' was' : 's were'} given`, span, 'E-einsum');
  }
  const sizes = new Map<string, { n: number; where: string }>();
  let ellipsisLen: number | undefined;
  const flat: string[][] = [];
  ins.forEach((terms, k) => {
    const { label, id } = ops[k]!;
    const shape = B.shape(id);
    const ells = terms.filter((t) => t.kind === 'ellipsis').length;
    if (ells > 1) throw err(`einsum: '...' appears twice in operand ${k + 1} of "${spec}"`, span, 'E-einsum');
    const fixed = terms.length - ells;
    if (ells === 0 ? shape.length !== fixed : shape.length < fixed) {
      throw err(`einsum: ${label} has shape ${fmtShape(shape)} but "${sides[0]!.split(',')[k]!.trim()}" names ${fixed}${ells ? ' or more' : ''} ax${fixed === 1 ? 'is' : 'es'}`, span, 'E-einsum');
    }
    if (ells) {
      const len = shape.length - fixed;
      if (ellipsisLen !== undefined && ellipsisLen !== len) throw err(`einsum: '...' covers ${ellipsisLen} axes in one operand but ${len} in ${label}`, span, 'E-einsum');
      ellipsisLen = len;
    }
    const names = flatten(terms, ells ? shape.length - fixed : 0);
    const seen = new Set<string>();
    for (const n of names) {
      if (seen.has(n)) throw err(`einsum: axis ${n} appears twice in ${label}`, span, 'E-einsum');
      seen.add(n);
    }
    flat.push(names);
    // Plain axes (and ... axes) fix sizes directly.
    let axis = 0;
    for (const t of terms) {
      const group = t.kind === 'ellipsis' ? flatten([t], shape.length - fixed) : [t.kind === 'axis' ? t.name : ''];
      for (const name of group) {
        const n = shape[axis++]!;
        if (!name) continue;
        const known = sizes.get(name);
        const shown = name.startsWith('...') ? `... axis ${Number(name.slice(3)) + 1}` : `axis ${name}`;
        if (known && known.n !== n) throw err(`einsum: ${shown} is ${known.n} in ${known.where} but ${n} in ${label}`, span, 'E-einsum');
        if (!known) sizes.set(name, { n, where: label });
      }
    }
  });
  const allNames = new Set(flat.flat());
  for (const [name, n] of kw) {
    if (!allNames.has(name)) throw err(`einsum: keyword ${name}=${n} names no axis of "${spec}"`, span, 'E-einsum');
    const known = sizes.get(name);
    if (known && known.n !== n) throw err(`einsum: axis ${name} is ${known.n} in ${known.where} but the keyword says ${name}=${n}`, span, 'E-einsum');
    if (!known) sizes.set(name, { n, where: `${name}=${n}` });
  }
  resolveGroups(ctx, ins, ops, sizes, span);

  // Output axes.
  if (out.some((t) => t.kind === 'ellipsis') && ellipsisLen === undefined) throw err(`einsum: the output uses '...' but no operand does`, span, 'E-einsum');
  const outFlat = flatten(out, ellipsisLen ?? 0);
  const seenOut = new Set<string>();
  for (const n of outFlat) {
    if (!sizes.has(n)) throw err(`einsum: output axis ${n} appears in no operand`, span, 'E-einsum');
    if (seenOut.has(n)) throw err(`einsum: axis ${n} appears twice in the output`, span, 'E-einsum');
    seenOut.add(n);
  }
  const letters = new Map<string, string>();
  for (const n of [...flat.flat(), ...outFlat]) {
    if (letters.has(n)) continue;
    if (letters.size >= LETTERS.length) throw err(`einsum: more than ${LETTERS.length} distinct axes`, span, 'E-einsum');
    letters.set(n, LETTERS[letters.size]!);
  }
  const L = (names: string[]): string => names.map((n) => letters.get(n)!).join('');

  // Split composed input axes, unify dtypes, sum axes only one operand has.
  let dt = commonDType(ctx, ops.map((o) => ({ kind: 'tensor', id: o.id }) as Value));
  if (dt === 'bool') dt = 'f32';
  const cur = ops.map((o, k) => {
    let id = B.cast(o.id, dt);
    const names = flat[k]!;
    const target = names.map((n) => sizes.get(n)!.n);
    if (target.length !== B.shape(id).length) id = B.reshape(id, target);
    const others = new Set([...outFlat, ...flat.filter((_, j) => j !== k).flat()]);
    const lone = names.map((n, i) => (others.has(n) ? -1 : i)).filter((i) => i >= 0);
    if (lone.length) id = B.reduce('sum', id, lone, false);
    return { id, axes: names.filter((n) => others.has(n)) };
  });

  let acc = cur[0]!;
  for (let k = 1; k < cur.length; k++) {
    const b = cur[k]!;
    const later = new Set([...outFlat, ...cur.slice(k + 1).flatMap((c) => c.axes)]);
    const axes = [...new Set([...acc.axes, ...b.axes])].filter((n) => later.has(n));
    acc = { id: B.einsum(`${L(acc.axes)},${L(b.axes)}->${L(axes)}`, acc.id, b.id), axes };
  }
  // One operand left: sum what the output drops, then permute to the output's order.
  const drop = acc.axes.map((n, i) => (seenOut.has(n) ? -1 : i)).filter((i) => i >= 0);
  let id = drop.length ? B.reduce('sum', acc.id, drop, false) : acc.id;
  const kept = acc.axes.filter((n) => seenOut.has(n));
  id = B.permute(id, outFlat.map((n) => kept.indexOf(n)));
  // Merge composed output axes.
  const outShape = out.flatMap((t) =>
    t.kind === 'ellipsis' ? flatten([t], ellipsisLen ?? 0).map((n) => sizes.get(n)!.n) : [(t.kind === 'axis' ? [t.name] : t.names).reduce((p, n) => p * sizes.get(n)!.n, 1)],
  );
  return outShape.length !== outFlat.length ? B.reshape(id, outShape) : id;
}

/** Infer the sizes of composed input axes `(h k)` from their total and the other known sizes. */
function resolveGroups(ctx: Ctx, ins: Term[][], ops: EinsumOperand[], sizes: Map<string, { n: number; where: string }>, span: SourceSpan): void {
  const pending: { names: string[]; total: number; label: string }[] = [];
  ins.forEach((terms, k) => {
    const shape = ctx.b.shape(ops[k]!.id);
    const ells = terms.some((t) => t.kind === 'ellipsis') ? shape.length - (terms.length - 1) : 0;
    let axis = 0;
    for (const t of terms) {
      if (t.kind === 'ellipsis') axis += ells;
      else if (t.kind === 'axis') axis++;
      else pending.push({ names: t.names, total: shape[axis++]!, label: ops[k]!.label });
    }
  });
  const show = (names: string[]): string => `(${names.join(' ')})`;
  let progress = true;
  while (pending.length && progress) {
    progress = false;
    for (let i = 0; i < pending.length; i++) {
      const g = pending[i]!;
      const unknown = g.names.filter((n) => !sizes.has(n));
      const known = g.names.filter((n) => sizes.has(n));
      const prod = known.reduce((p, n) => p * sizes.get(n)!.n, 1);
      if (unknown.length === 0) {
        if (prod !== g.total) {
          const parts = g.names.map((n) => sizes.get(n)!.n).join('·');
          throw err(`einsum: ${show(g.names)} is ${g.total} in ${g.label} but ${g.names.join('·')} = ${parts} = ${prod}`, span, 'E-einsum');
        }
      } else if (unknown.length === 1) {
        if (prod === 0 || g.total % prod !== 0) {
          const what = known.map((n) => `${n} = ${sizes.get(n)!.n}`).join(', ');
          throw err(`einsum: ${show(g.names)} is ${g.total} in ${g.label}, which ${what} does not divide`, span, 'E-einsum');
        }
        sizes.set(unknown[0]!, { n: g.total / prod, where: g.label });
      } else continue;
      pending.splice(i--, 1);
      progress = true;
    }
  }
  if (pending.length) {
    const g = pending[0]!;
    const unknown = g.names.filter((n) => !sizes.has(n));
    throw err(`einsum: cannot infer the sizes of ${show(g.names)} in ${g.label}; give all but one as keywords, e.g. ${unknown[0]}=...`, span, 'E-einsum');
  }
}
