// JSON that is byte-identical for equal data: object keys sorted (insertion
// order of a Map or an object literal is an accident of how it was built),
// arrays kept in order (their order means something), two-space indent and a
// final newline. Numbers print as JSON.stringify prints them, which is the
// same on every platform (shortest round-trip form).

export type JsonValue = null | boolean | number | string | readonly JsonValue[] | { readonly [key: string]: JsonValue | undefined };

const MAX_LINE = 140;

/**
 * `value` as stable, pretty-printed JSON with a trailing newline: two-space
 * indent, but an array or object that fits on its line stays on
 * one, so a kernel's buffer reads as one line. Throws on non-finite numbers.
 */
export function stableJson(value: JsonValue): string {
  return `${pretty(sortKeys(value, '$'), '', 0)}\n`;
}

function pretty(value: unknown, indent: string, prefix: number): string {
  const one = inline(value);
  if (value === null || typeof value !== 'object' || indent.length + prefix + one.length <= MAX_LINE) return one;
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    return `[\n${value.map((v) => `${inner}${pretty(v, inner, 0)}`).join(',\n')}\n${indent}]`;
  }
  const entries = Object.entries(value as Record<string, unknown>);
  return `{\n${entries.map(([k, v]) => `${inner}${JSON.stringify(k)}: ${pretty(v, inner, JSON.stringify(k).length + 2)}`).join(',\n')}\n${indent}}`;
}

/** One-line JSON with a space after `,` and `:` (outside strings). */
function inline(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(inline).join(', ')}]`;
  const entries = Object.entries(value as Record<string, unknown>);
  return entries.length === 0 ? '{}' : `{ ${entries.map(([k, v]) => `${JSON.stringify(k)}: ${inline(v)}`).join(', ')} }`;
}

function sortKeys(value: JsonValue | undefined, path: string): unknown {
  if (typeof value === 'number' && !Number.isFinite(value)) {
    // JSON.stringify would silently write null.
    throw new Error(`stableJson: ${path} is ${value}, which JSON cannot hold`);
  }
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((v, i) => sortKeys(v, `${path}[${i}]`));
  const out: Record<string, unknown> = {};
  const record = value as { readonly [key: string]: JsonValue | undefined };
  for (const key of Object.keys(record).sort()) {
    if (record[key] !== undefined) out[key] = sortKeys(record[key], `${path}.${key}`);
  }
  return out;
}
