// Sampling options (top-p, CTRL repetition penalty, stop sequences), the
// streaming interfaces (onToken, the async iterator, AbortSignal) and the
// messages for bad values.
import { describe, expect, it } from 'vitest';
import type { Session } from '../../runtime/backend.ts';
import { generate, generateStream } from '../../runtime/generate.ts';
import { makeRng, nucleus, penalize, sampleToken, SamplingLoop, softmax, StopFilter } from '../../runtime/sample.ts';

describe('top-p (nucleus)', () => {
  it('keeps the smallest most-likely set whose probability reaches p', () => {
    // probabilities 0.5, 0.3, 0.15, 0.05 (logits are their logs)
    const logits = Float32Array.from([0.15, 0.5, 0.05, 0.3].map(Math.log));
    const order = [1, 3, 0, 2];
    const probs = softmax(logits, 1, order);
    expect(nucleus(order, probs, 0.5)).toEqual([1]);
    expect(nucleus(order, probs, 0.79)).toEqual([1, 3]);
    expect(nucleus(order, probs, 0.81)).toEqual([1, 3, 0]);
    expect(nucleus(order, probs, 1)).toEqual([1, 3, 0, 2]);
    const counts = [0, 0, 0, 0];
    const rng = makeRng(4);
    for (let i = 0; i < 4000; i++) counts[sampleToken(logits, { topP: 0.79, rng })]!++;
    expect(counts[0]).toBe(0);
    expect(counts[2]).toBe(0);
    // renormalised over {1, 3}: 0.5/0.8 = 0.625
    expect(counts[1]! / 4000).toBeCloseTo(0.625, 1);
  });
});

describe('repetition penalty (CTRL)', () => {
  it('divides positive logits and multiplies negative ones of tokens seen, once per token', () => {
    const out = penalize(Float32Array.from([2, -2, 3, 1]), [0, 1, 0, 7], 2);
    expect([...out]).toEqual([1, -4, 3, 1]);
    expect([...penalize(Float32Array.from([2, -2]), [0, 1], 1)]).toEqual([2, -2]);
  });

  it('changes a greedy choice away from a repeat', () => {
    const logits = Float32Array.from([3, 2.5, 0]);
    expect(sampleToken(logits, { temperature: 0 })).toBe(0);
    expect(sampleToken(logits, { temperature: 0, repetitionPenalty: 1.5, history: [0] })).toBe(1);
  });
});

describe('stop sequences', () => {
  it('holds back a possible stop sequence, releases it when it is not one, drops it when it is', () => {
    const f = new StopFilter([[5, 6, 7], [9]]);
    expect(f.push(1)).toEqual([1]);
    expect(f.push(5)).toEqual([]);
    expect(f.push(6)).toEqual([]);
    expect(f.push(5)).toEqual([5, 6]); // 5 6 5: the first 5 6 cannot start a match any more
    expect(f.push(6)).toEqual([]);
    expect(f.push(7)).toEqual([]);
    expect(f.stopped).toBe(true);
    expect(f.push(1)).toEqual([]);
    const g = new StopFilter([[9]]);
    expect(g.push(2)).toEqual([2]);
    expect(g.push(9)).toEqual([]);
    expect(g.stopped).toBe(true);
  });

  it('a partial stop sequence at the length limit is output', () => {
    const loop = new SamplingLoop([1], { length: 2, temperature: 0, stop: [[3, 4]] }, 8);
    const row = (t: number) => Float32Array.from({ length: 8 }, (_, i) => (i === t ? 1 : 0));
    expect(loop.next(row(2))).toEqual([2]);
    expect(loop.next(row(3))).toEqual([3]);
    expect(loop.done).toBe(true);
  });
});

/** A fake session whose logits make greedy decoding emit `script` in order. */
function scripted(script: number[], vocab: number): { session: Session; runs: () => number } {
  let i = 0;
  const session: Session = {
    async run() {
      const out = new Float32Array(vocab * 4);
      // the window path reads the row of the last used position: put the peak in every row
      for (let r = 0; r < 4; r++) out[r * vocab + script[Math.min(i, script.length - 1)]!] = 10;
      i++;
      return new Map([['output', out]]);
    },
    async readState() {
      return new Map();
    },
    dispose() {},
  };
  return { session, runs: () => i };
}

describe('streaming', () => {
  const model = { kind: 'window', vocab: 16, graph: 'forward', ctx: 4 } as const;

  it('onToken and the async iterator see the same tokens; the stop sequence is excluded', async () => {
    const { session } = scripted([3, 4, 5, 6, 7, 8], 16);
    const seen: number[] = [];
    const out = await generate(session, model, [1], { length: 6, temperature: 0, stop: [[5, 6]], onToken: (t) => seen.push(t) });
    expect(out).toEqual([3, 4]);
    expect(seen).toEqual([3, 4]);
    const streamed: number[] = [];
    for await (const t of generateStream(scripted([3, 4, 5, 6, 7, 8], 16).session, model, [1], { length: 6, temperature: 0, stop: [[5, 6]] })) streamed.push(t);
    expect(streamed).toEqual([3, 4]);
  });

  it('an AbortSignal stops generation between model runs', async () => {
    const { session, runs } = scripted([3, 4, 5, 6, 7, 8], 16);
    const abort = new AbortController();
    const got: number[] = [];
    const run = generate(session, model, [1], {
      length: 6, temperature: 0, signal: abort.signal,
      onToken: (t) => { got.push(t); if (got.length === 2) abort.abort(new Error('stopped by the user')); },
    });
    await expect(run).rejects.toThrow('stopped by the user');
    expect(got).toEqual([3, 4]);
    expect(runs()).toBe(2);
  });
});

describe('bad options', () => {
  const rng = makeRng(1);
  const logits = Float32Array.from([1, 2]);
  it('name the option and the value', () => {
    expect(() => sampleToken(logits, { topP: 0, rng })).toThrow('sampleToken: topP must be in (0, 1], got 0');
    expect(() => sampleToken(logits, { topP: 1.5, rng })).toThrow('sampleToken: topP must be in (0, 1], got 1.5');
    expect(() => sampleToken(logits, { repetitionPenalty: 0, rng })).toThrow('sampleToken: repetitionPenalty must be a finite number > 0 (1: no penalty), got 0');
    expect(() => new SamplingLoop([1], { stop: [[]] }, 8)).toThrow('stop sequence 1 is empty');
    expect(() => new SamplingLoop([1], { stop: [[2, 9]] }, 8)).toThrow('generate: stop sequence 1: token 9 at position 1 is out of range [0, 8)');
    expect(() => new SamplingLoop([1], { length: -1 }, 8)).toThrow('generate: length must be a non-negative integer, got -1');
    expect(() => new SamplingLoop([], {}, 8)).toThrow('generate: the prompt is empty; give at least one token');
  });
});
