// MoE models generate through the KV cache exactly as without it (routing is
// per token), and generation leaves the routing bias alone (update_state is
// the train step's only).
import { expect, it } from 'vitest';
import { loadBackend } from '../../runtime/backend.ts';
import { cachedModel, generate } from '../../runtime/generate.ts';
import { sessionFor, smallModel } from '../decode/helpers.ts';

const CTX = 16;
const PROMPT = [72, 101, 108, 108];

it.each([
  ['moe_gpt.loom', { dim: 32, heads: 4, experts: 4, k: 2, hidden: 16, groups: 2, top_groups: 1, gamma: 0.5 }],
  ['mixtral.loom', { dim: 32, heads: 4, kv_heads: 2, experts: 4, k: 2, hidden: 16 }],
] as const)('%s: cached greedy generation equals uncached, token for token (js)', async (file, config) => {
  const { m, weights } = smallModel(file, { ...config, ctx: CTX });
  expect([m.graphs.forward, m.inference!.prefill, m.inference!.decode].flatMap((g) => g.updates.map((u) => u.target)).filter((t) => t.includes('router'))).toEqual([]);
  const session = await sessionFor(await loadBackend('js'), m, weights);
  try {
    const o = { length: CTX - PROMPT.length, temperature: 0 };
    const uncached = await generate(session, { kind: 'window', vocab: 256, graph: 'forward', ctx: CTX }, PROMPT, o);
    const cached = await generate(session, cachedModel(m.inference!, 256), PROMPT, o);
    expect(uncached).toHaveLength(CTX - PROMPT.length);
    expect(cached).toEqual(uncached);
  } finally {
    session.dispose();
  }
});
