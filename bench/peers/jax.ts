// The jax-js peer (@jax-js/jax on its Wasm device, in this Node process):
// the comparison's cases written the way a jax user writes them — pure
// functions of a params tree, valueAndGrad, the step under jit (jax-js fuses
// and compiles it to Wasm) — from loom's weights in loom's layouts.
//
// jax-js's ownership rule: every function consumes its array arguments, so a
// value used twice is passed as `x.ref`. The functions below take their trees
// with `.ref` on every read and release them at the end (`tree.dispose`).
// All six cases: the gpt train step (AdamW written out in PyTorch's form
// with loom's schedule and clipping, js-peer.ts, so the one-step identity
// check compares the same update), prefill, decode (the prompt's keys and
// values appended to), attention, and the Mamba and LIF recurrences as loops
// over T that jit unrolls (jax-js has no lax.scan).
//
// Where jax-js 0.1.25 in Node 20 falls short, and what stands in for it:
//   - nn.dotProductAttention (via einsum) needs ES2025 iterator helpers:
//     attention written out with matmul, a tril mask and softmax;
//   - the gradients of np.take / np.takeAlongAxis (scatters) do not compile
//     under jit: the embedding and the cross-entropy pick are one-hot;
//   - no custom_vjp: the LIF spike's surrogate is a straight-through
//     stopGradient form with the same forward value and gradient;
//   - its Wasm thread pool needs web Workers: one thread in Node.
// @jax-js/jax is an optional dependency: without it the comparison says so.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { LoomCase } from '../compare-cases.ts';
import { defaultOptimizer } from '../../compiler/autodiff/optimizer.ts';
import { adamWScalars, clipScale, decays, gptSpec, PARAM_SAMPLE, StepPeer, type GptSpec, type JsPeer } from './js-peer.ts';

type Jax = typeof import('@jax-js/jax');
type A = import('@jax-js/jax').Array;
type Tree = Record<string, A>;

/** The installed version (its package.json is outside the package's exports map). */
function jaxVersion(): string {
  const main = createRequire(import.meta.url).resolve('@jax-js/jax');
  return (JSON.parse(readFileSync(join(dirname(main), '..', 'package.json'), 'utf8')) as { version: string }).version;
}

let loaded: Promise<Jax | string> | undefined;

function loadJax(): Promise<Jax | string> {
  loaded ??= (async () => {
    try {
      const jax = await import('@jax-js/jax');
      const devices = await jax.init('wasm');
      if (!devices.includes('wasm')) return `jax-js found no Wasm device in Node (devices: ${devices.join(', ') || 'none'})`;
      jax.defaultDevice('wasm');
      return jax;
    } catch (e) {
      return `@jax-js/jax is not installed (an optional dependency): ${(e as Error).message.split('\n')[0]}`;
    }
  })();
  return loaded;
}

/**
 * softmax(q kᵀ/√D, causal) v over [.., T, D] queries and [.., S, D] keys:
 * the queries are the last T of S positions (S > T: after a KV cache), query
 * i sees keys j ≤ i + S − T. Consumes its arguments. Written
 * out because jax-js 0.1.25's nn.dotProductAttention goes through its einsum,
 * whose parser uses ES2025 iterator helpers (Iterator.prototype.map), which
 * Node 20 lacks.
 */
function causalAttention(jax: Jax, q: A, k: A, v: A): A {
  const { numpy: np, nn } = jax;
  const [T, D] = q.shape.slice(-2) as [number, number];
  const S = k.shape[k.shape.length - 2]!;
  const scores = np.matmul(q, np.swapaxes(k, -1, -2)).mul(1 / Math.sqrt(D));
  const seen = np.tril(np.ones([T, S], { dtype: np.bool }), S - T);
  return np.matmul(nn.softmax(np.where(seen, scores, -Infinity), -1), v);
}

/**
 * The Mamba mixer of scripts/torch_parity_scan.py (mamba_simple's reference):
 * in_proj, causal depthwise conv (K = 4), SiLU, x_proj → Δ, B, C, and the
 * selective scan as a loop over T (jax-js has no lax.scan; jit unrolls it),
 * h ← exp(Δ A) h + Δ B u, y = C·h + D u; out_proj(y ⊙ SiLU(z)). `w(name)`
 * returns a new reference to the mixer's weight; x is consumed.
 */
function mamba(jax: Jax, w: (name: string) => A, x: A, spec: { dim: number; state: number }): A {
  const { numpy: np, nn } = jax;
  const [B, T] = x.shape as [number, number];
  const [inner, rank, N, K] = [2 * spec.dim, Math.ceil(spec.dim / 16), spec.state, 4];
  const [u0, z] = np.split(np.matmul(x, w('in_proj.w')), [inner], -1) as [A, A];
  const padded = np.pad(u0, [[0, 0], [K - 1, 0], [0, 0]]);
  let conv = w('conv_b');
  np.unstack(w('conv_w'), 1).forEach((tap, k) => { conv = conv.add(padded.ref.slice([], [k, k + T]).mul(tap)); });
  padded.dispose();
  const u = nn.silu(conv);
  const [dt, Bm, Cm] = np.split(np.matmul(u.ref, w('x_proj.w')), [rank, rank + N], -1) as [A, A, A];
  const delta = nn.softplus(np.matmul(dt, w('dt_w')).add(w('dt_b'))); // [B, T, inner]
  const A_ = np.exp(w('A_log')).mul(-1); // [inner, N]
  const dA = np.unstack(np.exp(np.expandDims(delta.ref, 3).mul(A_)), 1); // T × [B, inner, N]
  const dBu = np.unstack(np.expandDims(delta.mul(u.ref), 3).mul(np.expandDims(Bm, 2)), 1);
  const C = np.unstack(np.expandDims(Cm, 2), 1); // T × [B, 1, N]
  let h = np.zeros([B, inner, N]);
  const ys: A[] = [];
  for (let t = 0; t < T; t++) {
    h = dA[t]!.mul(h).add(dBu[t]!);
    ys.push(np.sum(h.ref.mul(C[t]!), -1));
  }
  h.dispose();
  const y = np.stack(ys, 1).add(u.mul(w('D')));
  return np.matmul(y.mul(nn.silu(z)), w('out_proj.w'));
}

/**
 * SpikingJelly's multi-step LIF (hard reset to 0, threshold 1, decay_input):
 * h = v + (x − v)/τ, s = H(h − 1) with H(0) = 1, v = h (1 − s). jax-js has
 * no custom_vjp, so the ATan surrogate is the usual straight-through form:
 * s = σ(u) + stopGradient(H(u) − σ(u)) with σ(u) = atan(π/2 α u)/π + 1/2,
 * whose derivative is the surrogate (α/2) / (1 + (π/2 α u)²). Consumes x.
 */
function lif(jax: Jax, x: A, tau: number, alpha: number): A {
  const { numpy: np, lax } = jax;
  const spike = (u: A) => {
    const sigma = np.atan(u.ref.mul((Math.PI / 2) * alpha)).mul(1 / Math.PI).add(0.5);
    return lax.stopGradient(np.greaterEqual(u, 0).astype(np.float32).sub(sigma.ref)).add(sigma);
  };
  let v = np.zeros([x.shape[0]!, x.shape[2]!]);
  const spikes: A[] = [];
  for (const xt of np.unstack(x, 1)) {
    const h = v.ref.add(xt.sub(v).div(tau));
    const s = spike(h.ref.sub(1));
    v = h.mul(s.ref.mul(-1).add(1));
    spikes.push(s);
  }
  v.dispose();
  return np.stack(spikes, 1);
}

/**
 * gpt.loom's forward pass: logits [B, T, vocab] of token ids [B, T]; with
 * `keepCache`, also every layer's keys and values [B, heads, S, hd] (a KV
 * cache). With `past` (a cache of S − T positions) the tokens are the
 * positions after it. Consumes P, tokens and past.
 */
function gptForward(jax: Jax, P: Tree, s: GptSpec, tokens: A, opts: { past?: A[]; keepCache?: boolean } = {}): { logits: A; cache: A[] } {
  const { numpy: np, nn, tree } = jax;
  const [B, T] = tokens.shape as [number, number];
  const start = opts.past ? opts.past[0]!.shape[2]! : 0;
  const cache: A[] = [];
  const hd = s.dim / s.heads;
  const p = (name: string) => P[name]!.ref;
  const ln = (x: A, name: string) => {
    const mean = np.mean(x.ref, -1, { keepdims: true });
    const centred = x.sub(mean);
    const variance = np.mean(np.square(centred.ref), -1, { keepdims: true });
    return centred.div(np.sqrt(variance.add(1e-5))).mul(p(`${name}.g`)).add(p(`${name}.b`));
  };
  const lin = (x: A, name: string) => np.matmul(x, p(`${name}.w`)).add(p(`${name}.b`));
  const heads = (y: A) => np.transpose(y.reshape([B, T, s.heads, hd]), [0, 2, 1, 3]);
  // The embedding as a one-hot matmul: the gradient of np.take (a scatter) does not compile under jit in jax-js 0.1.25.
  let x = np.matmul(nn.oneHot(tokens, s.vocab), p('wte.w')).add(p('wpe').slice([start, start + T]));
  for (let i = 0; i < s.depth; i++) {
    const b = `blocks.${i}.`;
    const h = ln(x.ref, `${b}ln1`);
    const q = heads(lin(h.ref, `${b}attn.wq`));
    let [k, v] = [heads(lin(h.ref, `${b}attn.wk`)), heads(lin(h, `${b}attn.wv`))];
    if (opts.past) [k, v] = [np.concatenate([opts.past[2 * i]!, k], 2), np.concatenate([opts.past[2 * i + 1]!, v], 2)];
    if (opts.keepCache) cache.push(k.ref, v.ref);
    const o = causalAttention(jax, q, k, v);
    x = x.add(lin(np.transpose(o, [0, 2, 1, 3]).reshape([B, T, s.dim]), `${b}attn.wo`));
    x = x.ref.add(lin(nn.gelu(lin(ln(x, `${b}ln2`), `${b}mlp.fc`), { approximate: false }), `${b}mlp.proj`));
  }
  const logits = np.matmul(ln(x, 'ln_f'), np.transpose(p('wte.w')));
  tree.dispose(P);
  return { logits, cache };
}

/** Mean next-token cross-entropy; consumes its arguments. */
function crossEntropy(jax: Jax, logits: A, targets: A): A {
  const { numpy: np, nn } = jax;
  // One-hot, not np.takeAlongAxis: its gradient is a scatter, which jax-js 0.1.25 cannot jit.
  const vocab = logits.shape[logits.shape.length - 1]!;
  return np.mean(np.sum(nn.logSoftmax(logits, -1).mul(nn.oneHot(targets, vocab)), -1)).mul(-1);
}

const values = async (a: A, n?: number): Promise<number[]> => Array.from((await a.data()).subarray(0, n) as Float32Array);

/** A jax-js (Wasm) peer for case `c` with `threads` threads, or why there is none. */
export async function jaxPeer(c: LoomCase, threads: number): Promise<JsPeer | string> {
  const jax = await loadJax();
  if (typeof jax === 'string') return jax;
  const { numpy: np, jit, valueAndGrad, tree } = jax;
  // jax-js's Wasm device spreads kernels over web Workers (globalThis.Worker) with a shared
  // memory; Node 20 has no web Worker, so it runs on one thread, and there is no count to set.
  if (threads !== 1) return 'jax-js runs on one thread in Node (its Wasm thread pool needs web Workers, which Node lacks)';
  const name = `jax-js ${jaxVersion()} wasm 1 thr`;
  const params: Tree = Object.fromEntries([...c.weights].map(([k, w]) => [k, np.array(w.data).reshape([...w.shape])]));
  const input = (k: string) => np.array(c.inputs.get(k)!.data).reshape([...c.inputs.get(k)!.shape]);
  const ints = (k: string) => np.array(Int32Array.from(c.inputs.get(k)!.data), { dtype: np.int32 }).reshape([...c.inputs.get(k)!.shape]);
  /** The block cases: jit(valueAndGrad(loss)) over the weights tree, outputs under loom's names. `loss` consumes its arguments. */
  const gradPeer = (loss: (P: Tree, ...xs: A[]) => A, inputs: A[]) => {
    const step = jit(valueAndGrad(loss));
    return new StepPeer(name, async () => {
      const [value, grads] = step(tree.ref(params), ...inputs.map((x) => x.ref)) as [A, Tree];
      const out: Record<string, number[]> = { loss: await values(value) };
      for (const [k, g] of Object.entries(grads)) out[`grad.${k}`] = await values(g);
      return out;
    }, () => { tree.dispose([params, ...inputs]); step.dispose(); });
  };
  switch (c.torchCase) {
    case 'attention':
      return gradPeer((P, q, k, v) => np.sum(np.square(causalAttention(jax, q!.mul(P.w!), k!, v!))), ['q', 'k', 'v'].map(input));
    case 'mamba':
      return gradPeer((P, x) => {
        const y = mamba(jax, (k) => P[`m.${k}`]!.ref, x!, c.spec as { dim: number; state: number });
        tree.dispose(P);
        return np.sum(np.square(y));
      }, [input('x')]);
    case 'lif': {
      const { tau, alpha } = c.spec as { tau: number; alpha: number };
      return gradPeer((P, x) => np.sum(np.square(lif(jax, np.matmul(x!, P['fc.w']!).add(P['fc.b']!), tau, alpha))), [input('x')]);
    }
    case 'gpt-prefill': {
      const s = gptSpec(c);
      const tokens = ints('tokens');
      const forward = jit((P: Tree, t: A) => gptForward(jax, P, s, t).logits);
      return new StepPeer(name, async () => ({ logits: await values(forward(tree.ref(params), tokens.ref)) }), () => { tree.dispose([params, tokens]); forward.dispose(); });
    }
    case 'gpt-decode': {
      // The prompt's keys and values from a forward pass (the prefill), then the jitted step:
      // one token at the next position, its keys and values appended to the cache.
      const s = gptSpec(c);
      const [prompt, token] = [ints('prompt'), ints('token')];
      const prefill = gptForward(jax, tree.ref(params), s, prompt, { keepCache: true });
      prefill.logits.dispose();
      const decode = jit((P: Tree, t: A, past: A[]) => gptForward(jax, P, s, t, { past }).logits);
      return new StepPeer(name, async () => ({ logits: await values(decode(tree.ref(params), token.ref, prefill.cache.map((x) => x.ref))) }),
        () => { tree.dispose([params, token, prefill.cache]); decode.dispose(); });
    }
    case 'gpt-train': {
      const s = gptSpec(c);
      const [tokens, targets] = [ints('tokens'), ints('targets')];
      const lossAndGrads = jit(valueAndGrad((P: Tree, t: A, y: A) => crossEntropy(jax, gptForward(jax, P, s, t).logits, y)));
      // AdamW with the step's scalars as arguments, so one compiled update serves every step.
      const update = jit((P: Tree, G: Tree, M: Tree, V: Tree, scale: A, decay: A, stepSize: A, sqrtCorr2: A) => {
        const a = defaultOptimizer;
        const out = { P: {} as Tree, M: {} as Tree, V: {} as Tree };
        for (const k of Object.keys(P)) {
          const g = G[k]!.mul(scale.ref);
          const m = M[k]!.mul(a.beta1).add(g.ref.mul(1 - a.beta1));
          const v = V[k]!.mul(a.beta2).add(np.square(g).mul(1 - a.beta2));
          const denom = np.sqrt(v.ref).div(sqrtCorr2.ref).add(a.eps);
          const p = decays(P[k]!.shape) ? P[k]!.mul(decay.ref) : P[k]!;
          out.P[k] = p.sub(m.ref.div(denom).mul(stepSize.ref));
          [out.M[k], out.V[k]] = [m, v];
        }
        tree.dispose([scale, decay, stepSize, sqrtCorr2]);
        return out;
      });
      let state = { P: params, M: tree.map((p: A) => np.zerosLike(p.ref), params) as Tree, V: tree.map((p: A) => np.zerosLike(p.ref), params) as Tree };
      let step = 0;
      const train = async () => {
        const [loss, grads] = lossAndGrads(tree.ref(state.P), tokens.ref, targets.ref) as [A, Tree];
        const sq = Object.values(grads).map((g) => np.sum(np.square(g.ref)));
        let norm2 = 0;
        for (const x of sq) norm2 += (await x.data())[0]!;
        const a = adamWScalars(step++);
        state = update(state.P, grads, state.M, state.V, np.array([clipScale(Math.sqrt(norm2))]), np.array([a.decay]), np.array([a.stepSize]), np.array([a.sqrtCorr2]));
        return (await loss.data())[0]!;
      };
      return new StepPeer(name, async () => {
        const loss = await train();
        const sample: Record<string, number[]> = {};
        for (const [k, p] of Object.entries(state.P)) sample[k] = await values(p.ref, PARAM_SAMPLE);
        return { loss: [loss], ...sample };
      }, () => { tree.dispose([state, tokens, targets]); lossAndGrads.dispose(); update.dispose(); });
    }
    default:
      tree.dispose(params);
      return `no jax-js version of case "${c.torchCase}"`;
  }
}
