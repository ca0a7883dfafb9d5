// A block of statements being generated, with the values already computed
// in it (and in the blocks around it). Lowering computes every graph value
// at most once per block: the first request binds it to a `let`, later ones
// reuse the local. A nested block (a loop body) sees its parents' values;
// what it computes stays inside it.
import { k } from '../build.ts';
import type { KExpr, KStmt } from '../ir.ts';
import type { Names } from '../names.ts';

export class Scope {
  readonly stmts: KStmt[] = [];
  private readonly memo = new Map<string, KExpr>();

  constructor(
    readonly names: Names,
    private readonly parent?: Scope,
    /** Binds nothing: values stay expressions (where a template takes an expression, not statements). */
    private readonly inlined = false,
  ) {}

  /** A scope whose `bind` returns the expression itself, for callbacks that must return one expression. */
  static inline(names: Names): Scope {
    return new Scope(names, undefined, true);
  }

  /** A block nested in this one. */
  child(): Scope {
    return new Scope(this.names, this, this.inlined);
  }

  lookup(key: string): KExpr | undefined {
    return this.memo.get(key) ?? this.parent?.lookup(key);
  }

  remember(key: string, value: KExpr): KExpr {
    this.memo.set(key, value);
    return value;
  }

  /** `let base = e` (a fresh name), unless e is already a local or a constant. */
  bind(base: string, e: KExpr): KExpr {
    if (this.inlined || e.kind === 'var' || e.kind === 'const') return e;
    const v = this.names.variable(base, e.type);
    this.stmts.push(k.let(v, e));
    return v;
  }

  /** The value under `key`, computing and binding it on first use. */
  cached(key: string, base: string, compute: () => KExpr): KExpr {
    const known = this.lookup(key);
    if (known) return known;
    return this.remember(key, this.bind(base, compute()));
  }

  push(...stmts: readonly KStmt[]): void {
    this.stmts.push(...stmts);
  }
}
