// The TensorFlow.js peer (@tensorflow/tfjs with the wasm backend, in
// this Node process): the comparison's cases written the way a tfjs user
// writes them — tf.Variables, tf.variableGrads, float32, eager — from
// loom's weights (loom's layouts: Linear weights [d_in, d_out]). All six
// cases: the gpt train step, prefill, decode (the prompt's keys and values
// kept as tensors, the new token's appended), attention, and the Mamba and
// LIF recurrences as loops over T (tfjs has no scan; the LIF spike's ATan
// surrogate is a tf.customGrad).
//
// What tfjs 4.22 lacks, and what stands in for it here:
//   - no exact GELU op in tfjs-core: composed, x/2 · (1 + erf(x/√2));
//   - no AdamW (tf.train.adam has no decoupled weight decay and no
//     schedule): written out as PyTorch's AdamW, with loom's warmup-cosine
//     schedule and global-norm clipping (js-peer.ts adamWScalars);
//   - the wasm backend has no UnsortedSegmentSum, the gradient of tf.gather:
//     the token embedding is a one-hot matmul instead (the same values);
//   - in Node the wasm backend runs on one thread: its threaded build needs
//     web Workers (WASM_HAS_MULTITHREAD_SUPPORT is false in Node 20), so
//     setThreadsCount has nothing to set.
// @tensorflow/tfjs and -backend-wasm are optional dependencies: without
// them the comparison says so.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { LoomCase } from '../compare-cases.ts';
import { adamWScalars, clipScale, decays, gptSpec, PARAM_SAMPLE, StepPeer, type GptSpec, type JsPeer } from './js-peer.ts';

type Tf = typeof import('@tensorflow/tfjs');
type T = import('@tensorflow/tfjs').Tensor;

let peers = 0;
let loaded: Promise<{ tf: Tf; version: string } | string> | undefined;

/** Imports tfjs and starts its wasm backend from the package's own .wasm files (no network). */
function loadTf(): Promise<{ tf: Tf; version: string } | string> {
  loaded ??= (async () => {
    try {
      // The union package, as users import it: tfjs-core alone registers no gradient functions.
      const tf = await import('@tensorflow/tfjs');
      const wasm = await import('@tensorflow/tfjs-backend-wasm');
      wasm.setWasmPaths(join(dirname(createRequire(import.meta.url).resolve('@tensorflow/tfjs-backend-wasm/package.json')), 'dist') + '/');
      if (!(await tf.setBackend('wasm'))) return 'the tfjs wasm backend did not initialise';
      return { tf, version: tf.version_core };
    } catch (e) {
      return `@tensorflow/tfjs and @tensorflow/tfjs-backend-wasm are not installed (optional dependencies): ${(e as Error).message.split('\n')[0]}`;
    }
  })();
  return loaded;
}

/**
 * Scaled dot-product attention over [.., T, D] queries and [.., S, D] keys
 * with a causal mask, softmax(q kᵀ/√D + mask) v: the queries are the last T
 * of S positions (S > T: after a KV cache), query i sees keys j ≤ i + S − T.
 */
function causalAttention(tf: Tf, q: T, k: T, v: T): T {
  const T_ = q.shape[q.rank - 2]!;
  const D = q.shape[q.rank - 1]!;
  const S = k.shape[k.rank - 2]!;
  const scores = tf.mul(tf.matMul(q, k, false, true), 1 / Math.sqrt(D));
  // The mask from JS: tf.linalg.bandPart aborts the wasm backend (4.22) on these shapes.
  const seen = tf.tensor(Uint8Array.from({ length: T_ * S }, (_, i) => Number(i % S <= Math.floor(i / S) + S - T_)), [T_, S], 'bool');
  return tf.matMul(tf.softmax(tf.where(seen, scores, tf.fill(scores.shape, -Infinity))), v);
}

/**
 * The Mamba mixer of scripts/torch_parity_scan.py (mamba_simple's reference):
 * in_proj, causal depthwise conv (K = 4), SiLU, x_proj → Δ, B, C, and the
 * selective scan as a loop over T, h ← exp(Δ A) h + Δ B u, y = C·h + D u;
 * out_proj(y ⊙ SiLU(z)). `w(name)` is the mixer's weight.
 */
function mamba(tf: Tf, w: (name: string) => T, x: T, spec: { dim: number; state: number }): T {
  const [B, T_] = x.shape as [number, number];
  const [inner, rank, N, K] = [2 * spec.dim, Math.ceil(spec.dim / 16), spec.state, 4];
  const silu = (y: T) => tf.mul(y, tf.sigmoid(y));
  const mm = (y: T, m: T) => tf.reshape(tf.matMul(tf.reshape(y, [-1, y.shape[2]!]), m), [B, T_, -1]);
  const [u0, z] = tf.split(mm(x, w('in_proj.w')), [inner, inner], -1) as [T, T];
  const padded = tf.pad(u0, [[0, 0], [K - 1, 0], [0, 0]]);
  const taps = tf.unstack(w('conv_w'), 1); // K × [inner]
  const u = silu(tf.add(tf.addN(taps.map((tap, k) => tf.mul(tf.slice(padded, [0, k, 0], [B, T_, inner]), tap))), w('conv_b')));
  const [dt, Bm, Cm] = tf.split(mm(u, w('x_proj.w')), [rank, N, N], -1) as [T, T, T];
  const delta = tf.softplus(tf.add(mm(dt, w('dt_w')), w('dt_b'))); // [B, T, inner]
  const A = tf.neg(tf.exp(w('A_log'))); // [inner, N]
  const dA = tf.unstack(tf.exp(tf.mul(tf.expandDims(delta, 3), A)), 1); // T × [B, inner, N]
  const dBu = tf.unstack(tf.mul(tf.expandDims(tf.mul(delta, u), 3), tf.expandDims(Bm, 2)), 1);
  const C = tf.unstack(tf.expandDims(Cm, 2), 1); // T × [B, 1, N]
  let h = tf.zeros([B, inner, N]);
  const ys: T[] = [];
  for (let t = 0; t < T_; t++) {
    h = tf.add(tf.mul(dA[t]!, h), dBu[t]!);
    ys.push(tf.sum(tf.mul(h, C[t]!), -1));
  }
  const y = tf.add(tf.stack(ys, 1), tf.mul(u, w('D')));
  return mm(tf.mul(y, silu(z)), w('out_proj.w'));
}

/**
 * SpikingJelly's multi-step LIF (hard reset to 0, threshold 1, decay_input):
 * h = v + (x − v)/τ, s = H(h − 1) with H(0) = 1, v = h (1 − s); the spike's
 * gradient is the ATan surrogate (α/2) / (1 + (π/2 α u)²), a tf.customGrad.
 */
function lif(tf: Tf, x: T, tau: number, alpha: number): T {
  const spike = tf.customGrad(((u: T, save: (ts: T[]) => void) => {
    save([u]);
    return {
      value: tf.cast(tf.greaterEqual(u, 0), 'float32'),
      gradFunc: (dy: T, [u_]: T[]) => tf.div(tf.mul(dy, alpha / 2), tf.add(tf.square(tf.mul(u_!, (Math.PI / 2) * alpha)), 1)),
    };
  }) as unknown as Parameters<Tf['customGrad']>[0]) as (u: T) => T;
  let v = tf.zeros([x.shape[0]!, x.shape[2]!]);
  const spikes: T[] = [];
  for (const xt of tf.unstack(x, 1)) {
    const h = tf.add(v, tf.div(tf.sub(xt, v), tau));
    const s = spike(tf.sub(h, 1));
    v = tf.mul(h, tf.sub(1, s));
    spikes.push(s);
  }
  return tf.stack(spikes, 1);
}

/**
 * gpt.loom's forward pass: logits [B, T, vocab] of token ids [B, T], and
 * every layer's keys and values [B, heads, S, hd] (a KV cache). With `past`
 * (a cache of S − T positions) the tokens are the positions after it.
 */
function gptForward(tf: Tf, P: ReadonlyMap<string, T>, s: GptSpec, tokens: T, past?: readonly T[]): { logits: T; cache: T[] } {
  const [B, T_] = tokens.shape as [number, number];
  const start = past ? past[0]!.shape[2]! : 0;
  const cache: T[] = [];
  const hd = s.dim / s.heads;
  const p = (name: string) => P.get(name)!;
  const ln = (x: T, name: string) => {
    const { mean, variance } = tf.moments(x, -1, true);
    return tf.add(tf.mul(tf.div(tf.sub(x, mean), tf.sqrt(tf.add(variance, 1e-5))), p(`${name}.g`)), p(`${name}.b`));
  };
  const lin = (x: T, name: string) => {
    const w = p(`${name}.w`);
    return tf.reshape(tf.add(tf.matMul(tf.reshape(x, [-1, w.shape[0]!]), w), p(`${name}.b`)), [B, T_, w.shape[1]!]);
  };
  const heads = (y: T) => tf.transpose(tf.reshape(y, [B, T_, s.heads, hd]), [0, 2, 1, 3]);
  const gelu = (x: T) => tf.mul(tf.mul(x, 0.5), tf.add(tf.erf(tf.mul(x, Math.SQRT1_2)), 1));
  const wte = p('wte.w');
  let x = tf.add(tf.reshape(tf.matMul(tf.oneHot(tf.reshape(tokens, [-1]), s.vocab), wte), [B, T_, s.dim]), tf.slice(p('wpe'), [start, 0], [T_, s.dim]));
  for (let i = 0; i < s.depth; i++) {
    const b = `blocks.${i}.`;
    const h = ln(x, `${b}ln1`);
    let [k, v] = [heads(lin(h, `${b}attn.wk`)), heads(lin(h, `${b}attn.wv`))];
    if (past) [k, v] = [tf.concat([past[2 * i]!, k], 2), tf.concat([past[2 * i + 1]!, v], 2)];
    cache.push(k, v);
    const o = causalAttention(tf, heads(lin(h, `${b}attn.wq`)), k, v);
    x = tf.add(x, lin(tf.reshape(tf.transpose(o, [0, 2, 1, 3]), [B, T_, s.dim]), `${b}attn.wo`));
    x = tf.add(x, lin(gelu(lin(ln(x, `${b}ln2`), `${b}mlp.fc`)), `${b}mlp.proj`));
  }
  return { logits: tf.reshape(tf.matMul(tf.reshape(ln(x, 'ln_f'), [-1, s.dim]), wte, false, true), [B, T_, s.vocab]), cache };
}

/** Mean next-token cross-entropy: −mean log softmax(logits)[target]. */
function crossEntropy(tf: Tf, logits: T, targets: T, vocab: number): T {
  const flat = tf.reshape(logits, [-1, vocab]);
  return tf.neg(tf.mean(tf.sum(tf.mul(tf.logSoftmax(flat), tf.oneHot(tf.reshape(targets, [-1]), vocab)), -1)));
}

const ints = (tf: Tf, t: { shape: readonly number[]; data: Float32Array }) => tf.tensor(Int32Array.from(t.data), [...t.shape], 'int32');

/** A TensorFlow.js (wasm) peer for case `c` with `threads` threads, or why there is none. */
export async function tfjsPeer(c: LoomCase, threads: number): Promise<JsPeer | string> {
  const lib = await loadTf();
  if (typeof lib === 'string') return lib;
  const { tf, version } = lib;
  if (threads !== 1) return 'TensorFlow.js runs on one thread in Node (its threaded wasm build needs web Workers, which Node lacks)';
  const name = `TensorFlow.js ${version} wasm 1 thr`;
  // Variable names are global in tfjs: prefixed per peer, so two peers of one case can coexist.
  const id = ++peers;
  // (Under tidy: a variable keeps its initial value's data, and tidy releases the initial tensor.)
  const vars = new Map([...c.weights].map(([k, w]) => [k, tf.tidy(() => tf.variable(tf.tensor(w.data, [...w.shape]), true, `peer${id}/${k}`))] as const));
  /** A step that is `loss()` and its gradient for every weight (the block cases): outputs under loom's names. */
  const gradStep = (loss: () => T) => () => tf.tidy(() => {
    const { value, grads } = tf.variableGrads(loss as () => import('@tensorflow/tfjs').Scalar);
    return { loss: Array.from(value.dataSync()), ...Object.fromEntries([...vars].map(([k, v]) => [`grad.${k}`, Array.from(grads[v.name]!.dataSync())])) };
  });
  const release = (...more: T[]) => () => {
    for (const v of vars.values()) v.dispose();
    for (const t of more) t.dispose();
  };
  const input = (k: string) => tf.tensor(c.inputs.get(k)!.data, [...c.inputs.get(k)!.shape]);
  switch (c.torchCase) {
    case 'attention': {
      const [q, k, v] = [input('q'), input('k'), input('v')];
      return new StepPeer(name, gradStep(() => tf.sum(tf.square(causalAttention(tf, tf.mul(q, vars.get('w')!), k, v)))), release(q, k, v));
    }
    case 'mamba': {
      const x = input('x');
      const spec = c.spec as { dim: number; state: number };
      return new StepPeer(name, gradStep(() => tf.sum(tf.square(mamba(tf, (k) => vars.get(`m.${k}`)!, x, spec)))), release(x));
    }
    case 'lif': {
      const x = input('x');
      const { tau, alpha } = c.spec as { tau: number; alpha: number };
      const [B, T_, D] = x.shape as [number, number, number];
      return new StepPeer(name, gradStep(() => {
        const current = tf.reshape(tf.add(tf.matMul(tf.reshape(x, [-1, D]), vars.get('fc.w')!), vars.get('fc.b')!), [B, T_, -1]);
        return tf.sum(tf.square(lif(tf, current, tau, alpha)));
      }), release(x));
    }
    case 'gpt-prefill': {
      const tokens = ints(tf, c.inputs.get('tokens')!);
      const s = gptSpec(c);
      return new StepPeer(name, () => tf.tidy(() => ({ logits: Array.from(gptForward(tf, vars, s, tokens).logits.dataSync()) })), release(tokens));
    }
    case 'gpt-decode': {
      // The prompt's keys and values from a forward pass (the prefill), then the timed step:
      // one token at the next position, its keys and values appended to the cache.
      const s = gptSpec(c);
      const [prompt, token] = [ints(tf, c.inputs.get('prompt')!), ints(tf, c.inputs.get('token')!)];
      const cache = tf.tidy(() => gptForward(tf, vars, s, prompt).cache);
      return new StepPeer(name, () => tf.tidy(() => ({ logits: Array.from(gptForward(tf, vars, s, token, cache).logits.dataSync()) })), release(prompt, token, ...cache));
    }
    case 'gpt-train': {
      const [tokens, targets] = [ints(tf, c.inputs.get('tokens')!), ints(tf, c.inputs.get('targets')!)];
      const s = gptSpec(c);
      const zeros = (v: T) => tf.tidy(() => tf.variable(tf.zerosLike(v)));
      const slots = new Map([...vars].map(([k, v]) => [k, { m: zeros(v), v: zeros(v) }]));
      let step = 0;
      const train = () => tf.tidy(() => {
        const { value, grads } = tf.variableGrads(() => crossEntropy(tf, gptForward(tf, vars, s, tokens).logits, targets, s.vocab) as import('@tensorflow/tfjs').Scalar);
        const norm = Math.sqrt(tf.addN(Object.values(grads).map((g) => tf.sum(tf.square(g)))).dataSync()[0]!);
        const a = adamWScalars(step++);
        const scale = clipScale(norm);
        for (const [k, p] of vars) {
          const g = tf.mul(grads[p.name]!, scale);
          const { m, v } = slots.get(k)!;
          m.assign(tf.add(tf.mul(m, a.beta1), tf.mul(g, 1 - a.beta1)));
          v.assign(tf.add(tf.mul(v, a.beta2), tf.mul(tf.square(g), 1 - a.beta2)));
          const denom = tf.add(tf.div(tf.sqrt(v), a.sqrtCorr2), a.eps);
          p.assign(tf.sub(decays(p.shape) ? tf.mul(p, a.decay) : p, tf.mul(tf.div(m, denom), a.stepSize)));
        }
        return value.dataSync()[0]!;
      });
      const slotTensors = [...slots.values()].flatMap((x) => [x.m, x.v]);
      return new StepPeer(name, () => {
        const loss = train();
        return { loss: [loss], ...Object.fromEntries([...vars].map(([k, v]) => [k, Array.from(v.dataSync().subarray(0, PARAM_SAMPLE))])) };
      }, release(tokens, targets, ...slotTensors));
    }
    default:
      vars.forEach((v) => v.dispose());
      return `no TensorFlow.js version of case "${c.torchCase}"`;
  }
}
