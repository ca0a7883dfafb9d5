// Data as TypeScript literal text, for the initializers of a generated
// module's const tables (a ts-morph structure takes an initializer as text).
// Short objects and arrays stay on one line, long ones break one element per
// line, so a plan of hundreds of launches reads (and diffs) a launch per line.
// Key order is kept: callers pass tables in the order they should read.

export type LiteralValue = null | boolean | number | string | readonly LiteralValue[] | { readonly [key: string]: LiteralValue | undefined };

const MAX_LINE = 100;
const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** `value` as a TypeScript expression; `indent` is the indentation of the line it starts on. */
export function tsLiteral(value: LiteralValue, indent = ''): string {
  const flat = oneLine(value);
  if (flat.length + indent.length <= MAX_LINE || !isContainer(value)) return flat;
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    return `[\n${value.map((v) => `${inner}${tsLiteral(v, inner)},`).join('\n')}\n${indent}]`;
  }
  const entries = Object.entries(value as Record<string, LiteralValue | undefined>).filter(([, v]) => v !== undefined);
  return `{\n${entries.map(([k, v]) => `${inner}${key(k)}: ${tsLiteral(v!, inner)},`).join('\n')}\n${indent}}`;
}

/** `value` as a TypeScript expression on one line. */
export function oneLine(value: LiteralValue): string {
  if (value === null) return 'null';
  if (typeof value === 'number') return number(value);
  if (typeof value === 'string') return quote(value);
  if (typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return `[${value.map(oneLine).join(', ')}]`;
  const entries = Object.entries(value as Record<string, LiteralValue | undefined>).filter(([, v]) => v !== undefined);
  return entries.length === 0 ? '{}' : `{ ${entries.map(([k, v]) => `${key(k)}: ${oneLine(v!)}`).join(', ')} }`;
}

function isContainer(v: LiteralValue): boolean {
  return v !== null && typeof v === 'object';
}

function number(n: number): string {
  if (Number.isNaN(n)) return 'NaN';
  if (!Number.isFinite(n)) return n > 0 ? 'Infinity' : '-Infinity';
  return Object.is(n, -0) ? '-0' : String(n);
}

/** A single-quoted string literal (the style of the repository). */
export function quote(s: string): string {
  return `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n').replace(/\r/g, '\\r')}'`;
}

/** A property name: bare when it is an identifier, quoted otherwise (`'wte.w'`). */
export function key(k: string): string {
  return IDENTIFIER.test(k) ? k : quote(k);
}
