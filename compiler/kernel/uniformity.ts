// Uniformity: which values are the same for every invocation of a workgroup.
// A barrier must sit in uniform control flow (WGSL rejects it otherwise, and
// on CUDA a divergent __syncthreads() deadlocks), and the JS renderer's
// emulation of grid launches runs uniform code once per workgroup.
//
// Sources of variation are local_id, global_id and memory loads (buffer and
// workgroup memory: WGSL treats both as non-uniform). workgroup_id,
// num_workgroups, uniforms and constants are uniform. A variable is varying
// when any value assigned to it is, or when it is assigned under divergent
// control flow (an `if` or loop whose condition or bounds vary).
import type { KExpr, KStmt } from './ir.ts';
import { walkExpr } from './ir.ts';

export function isUniformExpr(e: KExpr, varying: ReadonlySet<string>): boolean {
  let uniform = true;
  walkExpr(e, (x) => {
    if (x.kind === 'load' || x.kind === 'wg_load') uniform = false;
    else if (x.kind === 'builtin' && (x.builtin === 'global_id' || x.builtin === 'local_id')) uniform = false;
    else if (x.kind === 'var' && varying.has(x.name)) uniform = false;
  });
  return uniform;
}

/** Names of the variables (locals and loop variables) whose values vary across a workgroup. */
export function varyingVars(body: readonly KStmt[]): Set<string> {
  const varying = new Set<string>();
  // Each pass can only add names; loops that feed values back need a fixpoint.
  for (;;) {
    const before = varying.size;
    markBlock(body, false, varying);
    if (varying.size === before) return varying;
  }
}

function markBlock(body: readonly KStmt[], divergent: boolean, varying: Set<string>): void {
  const mark = (name: string, value: KExpr | undefined) => {
    if (divergent || (value !== undefined && !isUniformExpr(value, varying))) varying.add(name);
  };
  for (const s of body) {
    switch (s.kind) {
      case 'let': mark(s.name, s.init); break;
      case 'assign': mark(s.name, s.value); break;
      case 'for': {
        const bounds = [s.start, s.end, s.step].every((e) => isUniformExpr(e, varying));
        if (!bounds) varying.add(s.var);
        if (divergent) varying.add(s.var);
        markBlock(s.body, divergent || !bounds, varying);
        break;
      }
      case 'if': {
        const inner = divergent || !isUniformExpr(s.cond, varying);
        markBlock(s.then, inner, varying);
        if (s.else) markBlock(s.else, inner, varying);
        break;
      }
      default: break;
    }
  }
}

/** True when a statement's control condition (if condition, loop bounds) is uniform. */
export function hasUniformControl(s: KStmt, varying: ReadonlySet<string>): boolean {
  if (s.kind === 'if') return isUniformExpr(s.cond, varying);
  if (s.kind === 'for') return [s.start, s.end, s.step].every((e) => isUniformExpr(e, varying));
  return true;
}
