// Shared by the decode tests: a small model compiled with its inference
// programs, seeded random weights, and sessions for the cached and uncached paths.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultOptimizer } from '../../compiler/autodiff/optimizer.ts';
import { compileLanguageModel, type CompiledLanguageModel, type ConfigValue } from '../../compiler/model.ts';
import type { Backend, StateMap } from '../../runtime/backend.ts';
import { createGenerationSession } from '../../runtime/generate.ts';
import { initialState } from '../../runtime/train.ts';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const example = (name: string): string => path.join(ROOT, 'dsl-examples', name);

/** The model with prefill/decode programs; weights from seed 3, scaled up so greedy decoding is not flat. */
export function smallModel(file: string, config: Record<string, ConfigValue>, o: { ctx?: number; cacheLength?: number } = {}): { m: CompiledLanguageModel; weights: StateMap } {
  const m = compileLanguageModel(example(file), {
    config, batch: 1, optimizer: defaultOptimizer, ...(o.ctx !== undefined ? { ctx: o.ctx } : {}),
    inference: o.cacheLength !== undefined ? { cacheLength: o.cacheLength } : {},
  });
  const state = initialState(m, 3);
  const weights: StateMap = new Map();
  for (const w of m.weights) weights.set(w.name, state.get(w.name)!.map((x) => x * 8));
  return { m, weights };
}

/** One session with the forward (uncached) and prefill/decode (cached) programs. */
export async function sessionFor(backend: Backend, m: CompiledLanguageModel, weights: StateMap) {
  return createGenerationSession(backend, m.inference!, weights, { forward: m.graphs.forward });
}
