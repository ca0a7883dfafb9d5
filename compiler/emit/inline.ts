// Inlining loom's own TypeScript into a generated module, as ts-morph
// structures. The executors, input checks, sampler and initialiser a bundle
// needs are real, type-checked, tested source files in this repository
// (runtime/exec/, runtime/sample.ts, compiler/graph/random.ts,
// compiler/emit/support/), the very files loom's own sessions run; the
// emitter copies their declarations into the bundle instead of keeping a
// second, string-built copy of the same code that could drift. The plan's
// types come from compiler/plan.ts, whose types alone are inlined
// (`typesOnly`): the rest of that file is the compiler side.
//
// Imports between inlined files are dropped (their targets are inlined too);
// any other import is kept, re-pointed at loom through the bundle's loom
// import prefix, or refused for a self-contained bundle.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { LOOM_ROOT } from './paths.ts';
import { Node, Project, StructureKind, type ImportDeclarationStructure, type SourceFile, type StatementStructures } from 'ts-morph';


export interface InlineOptions {
  /** Repository-relative paths of the files to inline, dependencies before dependents. */
  readonly files: readonly string[];
  /** Of `files`, those whose interfaces and type aliases alone are inlined (their imports and code are not). */
  readonly typesOnly?: ReadonlySet<string>;
  /** Declarations that stay exported from the bundle; every other inlined declaration becomes module-private. */
  readonly exported: ReadonlySet<string>;
  /**
   * Prefix that replaces the repository root in imports of loom files that
   * are not inlined, e.g. `../..` gives `../../runtime/backends/webgpu/index.ts`.
   * Undefined: such imports are an error (a self-contained bundle).
   */
  readonly loomImport?: string;
}

/** Appends the declarations of `options.files` to `target`; returns the names declared. */
export function inlineSupport(target: SourceFile, options: InlineOptions): string[] {
  const reader = new Project({ useInMemoryFileSystem: true, manipulationSettings: target.getProject().manipulationSettings.get() });
  const inlined = new Set(options.files.map(normalise));
  const declared: string[] = [];
  const seen = new Set<string>();
  const imports = new Map<string, ImportDeclarationStructure>();
  const body: (StatementStructures | string)[] = [];

  for (const rel of inlined) {
    const source = reader.createSourceFile(`/${rel}`, fs.readFileSync(path.join(LOOM_ROOT, rel), 'utf8'));
    const typesOnly = options.typesOnly?.has(rel) ?? false;
    body.push(`// ---- from ${rel}${typesOnly ? ' (its types)' : ''} ----`);
    for (const statement of source.getStatements()) {
      if (typesOnly && !Node.isInterfaceDeclaration(statement) && !Node.isTypeAliasDeclaration(statement)) continue;
      if (Node.isImportDeclaration(statement)) {
        const from = normalise(path.posix.join(path.posix.dirname(rel), statement.getModuleSpecifierValue()));
        if (inlined.has(from)) continue;
        if (options.loomImport === undefined) throw new Error(`${rel} imports ${from}, which a self-contained bundle cannot import`);
        if (statement.getDefaultImport() || statement.getNamespaceImport()) throw new Error(`${rel}: only named imports can be re-pointed`);
        const specifier = `${options.loomImport}/${from}`;
        const merged = imports.get(specifier) ?? { kind: StructureKind.ImportDeclaration, moduleSpecifier: specifier, namedImports: [] };
        const named = merged.namedImports as { name: string; isTypeOnly?: boolean }[];
        for (const n of statement.getNamedImports()) {
          if (n.getAliasNode()) throw new Error(`${rel}: aliased imports cannot be inlined`);
          const typeOnly = statement.isTypeOnly() || n.isTypeOnly();
          const existing = named.find((x) => x.name === n.getName());
          // A name one file imports as a type and another as a value is a value import.
          if (existing) existing.isTypeOnly = existing.isTypeOnly === true && typeOnly;
          else named.push({ name: n.getName(), isTypeOnly: typeOnly });
        }
        imports.set(specifier, merged);
        continue;
      }
      const structure = declarationStructure(statement, rel);
      for (const name of structure.names) {
        if (seen.has(name)) throw new Error(`inlining ${rel}: "${name}" is declared twice`);
        seen.add(name);
        declared.push(name);
      }
      structure.value.isExported = structure.names.some((n) => options.exported.has(n));
      body.push(structure.value);
    }
  }
  const sorted = [...imports.values()].sort((a, b) => a.moduleSpecifier.localeCompare(b.moduleSpecifier));
  for (const imp of sorted) (imp.namedImports as { name: string }[]).sort((a, b) => a.name.localeCompare(b.name));
  if (sorted.length > 0) target.addImportDeclarations(sorted);
  target.addStatements(body);
  return declared;
}

type Exportable = StatementStructures & { isExported?: boolean; isDefaultExport?: boolean };

/** The structure of one top-level declaration and the names it declares. */
function declarationStructure(statement: Node, file: string): { value: Exportable; names: string[] } {
  if (Node.isFunctionDeclaration(statement) || Node.isClassDeclaration(statement) || Node.isInterfaceDeclaration(statement)
    || Node.isTypeAliasDeclaration(statement) || Node.isEnumDeclaration(statement)) {
    const name = statement.getName();
    if (!name) throw new Error(`${file}: an anonymous declaration cannot be inlined`);
    const value = statement.getStructure() as Exportable;
    keepBodiesVerbatim(value, statement);
    return { value, names: [name] };
  }
  if (Node.isVariableStatement(statement)) {
    return { value: statement.getStructure() as Exportable, names: statement.getDeclarations().map((d) => d.getName()) };
  }
  throw new Error(`${file}:${statement.getStartLineNumber()}: a ${statement.getKindName()} cannot be inlined (only declarations)`);
}

/**
 * Structures rebuild function bodies statement by statement, which drops the
 * comments inside them (the "why" we want to keep) and reflows blank lines.
 * Bodies are copied as their source text instead.
 */
function keepBodiesVerbatim(value: Exportable, node: Node): void {
  if (Node.isFunctionDeclaration(node) && value.kind === StructureKind.Function) {
    value.statements = node.getBodyText() ?? '';
  } else if (Node.isClassDeclaration(node) && value.kind === StructureKind.Class) {
    for (const m of value.methods ?? []) m.statements = node.getMethodOrThrow(m.name).getBodyText() ?? '';
    for (const g of value.getAccessors ?? []) g.statements = node.getGetAccessorOrThrow(g.name).getBodyText() ?? '';
    for (const st of value.setAccessors ?? []) st.statements = node.getSetAccessorOrThrow(st.name).getBodyText() ?? '';
    const ctors = node.getConstructors();
    (value.ctors ?? []).forEach((c, i) => { c.statements = ctors[i]!.getBodyText() ?? ''; });
  } else if (Node.isTypeAliasDeclaration(node) && value.kind === StructureKind.TypeAlias && typeof value.type === 'string') {
    // A union written one member per line starts with `|`; as a structure that prints as `type T = | …`.
    value.type = value.type.replace(/^\|\s*/, '');
  }
}

function normalise(rel: string): string {
  return path.posix.normalize(rel.split(path.sep).join('/'));
}
