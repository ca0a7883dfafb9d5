// Loop-invariant code motion for generated kernels. Lowering computes values
// where a template callback asks for them, so a row statistic used by every
// element (LayerNorm's rsqrt(var + ε), a row-broadcast load, a constant
// chain) is bound inside the column loop. This moves every `let` at the top
// of a loop body whose value cannot change across iterations to just before
// the loop — innermost loops first, so a value can climb several levels —
// which is what lets a row kernel run its per-row work once per row on the
// CPU. (JS engines do not hoist loads out of typed-array loops themselves.)
//
// A `let` is invariant when everything it reads is: no loop variable, no
// local assigned or declared (and not hoisted) in the loop, no workgroup
// memory, and no buffer the loop stores to. Names are unique per kernel (one
// Names instance), so moving a declaration outward cannot shadow another.
import type { KExpr, KStmt } from '../ir.ts';
import { walkExpr, walkStmts } from '../ir.ts';

export function hoistInvariants(body: readonly KStmt[]): KStmt[] {
  const count = new Map<string, number>();
  walkStmts(body, (s) => {
    if (s.kind === 'let') count.set(s.name, (count.get(s.name) ?? 0) + 1);
  });
  return hoist(body, new Set([...count].filter(([, n]) => n > 1).map(([name]) => name)));
}

function hoist(body: readonly KStmt[], pinned: ReadonlySet<string>): KStmt[] {
  const out: KStmt[] = [];
  for (const s of body) {
    if (s.kind === 'for') {
      const inner = hoist(s.body, pinned);
      const { hoisted, kept } = splitInvariant(s.var, inner, pinned);
      out.push(...hoisted, { ...s, body: kept });
    } else if (s.kind === 'if') {
      out.push(s.else ? { ...s, then: hoist(s.then, pinned), else: hoist(s.else, pinned) } : { ...s, then: hoist(s.then, pinned) });
    } else out.push(s);
  }
  return out;
}

function splitInvariant(loopVar: string, body: readonly KStmt[], pinned: ReadonlySet<string>): { hoisted: KStmt[]; kept: KStmt[] } {
  const variant = new Set<string>([loopVar]);
  const stored = new Set<string>();
  walkStmts(body, (s) => {
    if (s.kind === 'assign') variant.add(s.name);
    if (s.kind === 'store') stored.add(s.buffer);
    if (s.kind === 'for') variant.add(s.var);
    if (s.kind === 'let') variant.add(s.name);
  });
  const hoisted: KStmt[] = [];
  const kept: KStmt[] = [];
  const assigned = new Set<string>();
  walkStmts(body, (s) => {
    if (s.kind === 'assign') assigned.add(s.name);
  });
  for (const s of body) {
    if (s.kind === 'let' && s.init && !pinned.has(s.name) && invariant(s.init, variant, stored) && !assigned.has(s.name)) {
      hoisted.push(s);
      variant.delete(s.name);
    } else kept.push(s);
  }
  return { hoisted, kept };
}

function invariant(e: KExpr, variant: ReadonlySet<string>, stored: ReadonlySet<string>): boolean {
  let ok = true;
  walkExpr(e, (x) => {
    if (x.kind === 'var' && variant.has(x.name)) ok = false;
    else if (x.kind === 'wg_load') ok = false;
    else if (x.kind === 'load' && stored.has(x.buffer)) ok = false;
  });
  return ok;
}
