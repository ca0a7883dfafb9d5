// The activation sparsity of a generated text: a model with a
// `sparsity(tokens)` method (binary_gpt.loom with ffn=drelu: the fraction of
// the dReLU feed-forward's hidden activations that are exactly zero) run once
// over the text's last ctx tokens. This is the share of W_down's rows the
// zero-skipping matmul (compiler/passes/skip-zero.ts) did not read; one
// forward pass, cheap next to generating the text token by token.
import { modelInfo } from '../compiler/elaborate/elaborate.ts';
import type { LoadedProgram } from '../compiler/elaborate/load.ts';
import { type ConfigValue, elaborateOrThrow, loadOrThrow } from '../compiler/model.ts';
import type { Backend } from './backend.ts';

export const SPARSITY_METHOD = 'sparsity';

function inputOf(program: LoadedProgram): string | undefined {
  const m = modelInfo(program).methods.find((x) => x.name === SPARSITY_METHOD && x.params.length === 1);
  return m?.params[0]!.name;
}

/**
 * The model's `sparsity` over `tokens` (only the last `ctx` are used: the
 * positions the model has); undefined when the model has no
 * `sparsity(tokens)` method.
 */
export async function measureSparsity(
  backend: Backend,
  file: string,
  config: Record<string, ConfigValue>,
  ctx: number,
  weights: ReadonlyMap<string, Float32Array>,
  tokens: readonly number[],
): Promise<{ sparsity: number; tokens: number } | undefined> {
  if (tokens.length === 0) throw new Error('sparsity: no tokens to measure');
  const program = loadOrThrow(file);
  const input = inputOf(program);
  if (input === undefined) return undefined;
  const window = tokens.slice(-ctx);
  const { graph } = elaborateOrThrow(program, SPARSITY_METHOD, { [input]: { shape: [1, window.length], dtype: 'i32' } }, config);
  const session = await backend.createSession({ sparsity: graph }, new Map(weights));
  try {
    const out = await session.run(SPARSITY_METHOD, new Map([[input, Float32Array.from(window)]]), [SPARSITY_METHOD]);
    return { sparsity: out.get(SPARSITY_METHOD)![0]!, tokens: window.length };
  } finally {
    session.dispose();
  }
}
