// The in-process JavaScript peers of one comparison case (bench/compare.ts):
// TensorFlow.js (wasm) and jax-js (Wasm), each identity-checked against
// loom's outputs of the same step before it becomes a contestant. A peer
// that cannot run the case (not installed, an op it lacks, one thread only)
// is a row saying why.
import type { LoomCase } from '../compare-cases.ts';
import type { Contestant } from '../interleave.ts';
import { jaxPeer } from './jax.ts';
import { checkIdentity, type JsPeer } from './js-peer.ts';
import { tfjsPeer } from './tfjs.ts';

export interface PeerRow { name: string; identity?: string; note?: string }

const LIBRARIES: { label: string; make: (c: LoomCase, threads: number) => Promise<JsPeer | string>; note: string }[] = [
  { label: 'TensorFlow.js', make: tfjsPeer, note: 'wasm backend, eager ops' },
  { label: 'jax-js', make: jaxPeer, note: 'Wasm device, the step under jit' },
];

/**
 * Contestants and table rows of the JS peers for case `c` at each thread
 * count; `cleanup` collects the peers' dispose calls. A thread count that
 * a library running the case cannot use is noted in that library's row, not
 * in a row of its own (both libraries run on one thread in Node).
 */
export async function jsContestants(c: LoomCase, loomOut: ReadonlyMap<string, Float32Array>, threads: readonly number[], cleanup: (() => void)[]):
  Promise<{ contestants: Contestant[]; rows: PeerRow[] }> {
  const contestants: Contestant[] = [];
  const rows: PeerRow[] = [];
  for (const lib of LIBRARIES) {
    const reasons = new Map<string, number[]>();
    const first = rows.length;
    for (const n of threads) {
      const peer = await lib.make(c, n).catch((e: Error) => `failed to build: ${e.message.split('\n')[0]}`);
      if (typeof peer === 'string') {
        reasons.set(peer, [...(reasons.get(peer) ?? []), n]);
        continue;
      }
      cleanup.push(() => peer.dispose());
      try {
        const identity = checkIdentity(c, loomOut, await peer.check());
        rows.push({ name: peer.name, identity, note: lib.note });
        contestants.push({ name: peer.name, step: () => peer.step() });
      } catch (e) {
        rows.push({ name: peer.name, note: `not run: ${(e as Error).message.split('\n')[0]}` });
      }
    }
    const ran = rows.slice(first).find((r) => r.identity !== undefined);
    for (const [why, counts] of reasons) {
      if (ran) ran.note = `${ran.note}; ${counts.join(', ')} thr not run: ${why}`;
      else rows.push({ name: lib.label, note: `not run: ${why}` });
    }
  }
  return { contestants, rows };
}
