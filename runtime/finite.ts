// Non-finite values in loaded tensors: weights with NaN or ±Inf are refused
// (unless the user allows them), with the tensor, the index and the value.
import { fmtShape } from '../compiler/graph/types.ts';
import { SafetensorsError, type SafetensorsDType } from './safetensors.ts';

export interface NonFinite {
  tensor: string;
  /** Flat element index. */
  element: number;
  /** The same position as indices per axis. */
  index: number[];
  value: number;
}

const FLOAT_DTYPES: ReadonlySet<SafetensorsDType> = new Set(['F32', 'F64', 'F16', 'BF16']);

/** The first NaN or ±Infinity among the floating tensors chosen by `which` (default all), in name order. */
export function findNonFinite(
  tensors: ReadonlyMap<string, { dtype?: SafetensorsDType; shape: readonly number[]; data: ArrayLike<number> }>,
  which: (name: string) => boolean = () => true,
): NonFinite | undefined {
  const names = [...tensors.keys()].filter(which).sort();
  for (const name of names) {
    const t = tensors.get(name)!;
    if (t.dtype !== undefined && !FLOAT_DTYPES.has(t.dtype)) continue;
    const { data } = t;
    for (let i = 0; i < data.length; i++) {
      const v = data[i]!;
      if (v - v !== 0) { // NaN or ±Infinity, without a call per element
        const index: number[] = [];
        let rest = i;
        for (let a = t.shape.length - 1; a >= 0; a--) {
          const d = t.shape[a]!;
          index.unshift(rest % d);
          rest = Math.floor(rest / d);
        }
        return { tensor: name, element: i, index, value: v };
      }
    }
  }
  return undefined;
}

/**
 * Throws a SafetensorsError naming the first non-finite value:
 * `w.safetensors: tensor "wte.w" holds NaN at index [3, 17] (element 65); …`.
 */
export function assertFinite(
  tensors: ReadonlyMap<string, { dtype?: SafetensorsDType; shape: readonly number[]; data: ArrayLike<number> }>,
  source: string,
  opts: { which?: (name: string) => boolean; hint?: string } = {},
): void {
  const bad = findNonFinite(tensors, opts.which);
  if (!bad) return;
  throw new SafetensorsError(
    `${source}: tensor ${JSON.stringify(bad.tensor)} holds ${bad.value} at index ${fmtShape(bad.index)} (element ${bad.element}), ` +
      `the first non-finite value${opts.hint ?? ''}`,
  );
}
