// Shared argument handling for the loom CLI.
import type { ConfigValue } from '../runtime/model.ts';

export class UsageError extends Error {}

/** `--set dim=128 --set bias=false` → { dim: 128, bias: false }. */
export function parseConfig(sets: readonly string[] | undefined): Record<string, ConfigValue> {
  const out: Record<string, ConfigValue> = {};
  for (const s of sets ?? []) {
    const eq = s.indexOf('=');
    if (eq <= 0) throw new UsageError(`--set expects name=value, got "${s}"`);
    const key = s.slice(0, eq);
    const raw = s.slice(eq + 1);
    out[key] = raw === 'true' ? true : raw === 'false' ? false : raw !== '' && Number.isFinite(Number(raw)) ? Number(raw) : raw;
  }
  return out;
}

export function intFlag(v: string | undefined, name: string, dflt: number, min = 1): number {
  if (v === undefined) return dflt;
  const n = Number(v);
  if (!Number.isInteger(n) || n < min) throw new UsageError(`--${name} must be an integer ≥ ${min}, got "${v}"`);
  return n;
}

export function numFlag(v: string | undefined, name: string, dflt: number, min = 0): number {
  if (v === undefined) return dflt;
  const n = Number(v);
  if (!Number.isFinite(n) || n < min) throw new UsageError(`--${name} must be a number ≥ ${min}, got "${v}"`);
  return n;
}

export function requireFlag(v: string | undefined, name: string, command: string): string {
  if (v === undefined) throw new UsageError(`loom ${command}: --${name} is required`);
  return v;
}
