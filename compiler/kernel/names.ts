// Fresh local names. A kernel has one namespace (buffers, uniforms,
// workgroup arrays and locals must not shadow one another), and both the
// templates and the lowering's callbacks introduce locals, so they share one
// Names instance: templates take it as an option and hand it to callbacks.
import type { KType, KVar, Kernel } from './ir.ts';
import { walkStmts } from './ir.ts';

export class Names {
  private readonly used = new Set<string>();

  constructor(taken: Iterable<string> = []) {
    for (const n of taken) this.used.add(n);
  }

  /** Names of a kernel's parameters and every local it declares. */
  static ofKernel(kernel: Pick<Kernel, 'buffers' | 'uniforms' | 'body'>): Names {
    const names = new Names([...kernel.buffers.map((b) => b.name), ...kernel.uniforms.map((u) => u.name)]);
    walkStmts(kernel.body, (s) => {
      if (s.kind === 'let' || s.kind === 'wg_decl') names.reserve(s.name);
      if (s.kind === 'gemm') names.reserve(s.out);
      if (s.kind === 'for') names.reserve(s.var);
    });
    return names;
  }

  /** Marks a name as taken (a parameter, or a name chosen elsewhere). */
  reserve(name: string): void {
    this.used.add(name);
  }

  has(name: string): boolean {
    return this.used.has(name);
  }

  /** `base` if unused, else `base_1`, `base_2`, …; the result is reserved. */
  fresh(base: string): string {
    let name = base;
    for (let i = 1; this.used.has(name); i++) name = `${base}_${i}`;
    this.used.add(name);
    return name;
  }

  /** A variable with a fresh name. */
  variable(base: string, type: KType): KVar {
    return { kind: 'var', type, name: this.fresh(base) };
  }
}
