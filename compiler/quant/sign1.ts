// Packed binary weights for inference (FBI-LLM's W̃ = α ⊙ sign(W) + β,
// std.lowbit BinaryLinear): one bit per weight, the sign of W. Weight W
// [K, N] is stored column by column (ggml's [out, in] order, as q4_0):
// column n's K signs, bit b of byte i = [W[8i + b, n] > 0], padded with
// zero bits to a whole number of 3-byte groups. In a file that is a U8
// tensor [N, 3·⌈K/24⌉]; in a kernel's f32 buffer each 3 bytes are one word
// holding 24 signs as an exact integer below 2^24 (q4Words, the same
// carrier q4_0 uses): [N, ⌈K/24⌉], bit b of word j = sign of row 24j + b.
// sign(0) = 0 has no bit: a weight that is exactly zero is refused.
import { bytesToWords } from './q4_0.ts';

/** Signs per f32 word in a kernel buffer. */
export const SIGNS_PER_WORD = 24;
export const SIGN1_FORMAT = 'binary';

/** Words per column of W [K, N]. */
export const signWords = (K: number): number => Math.ceil(K / SIGNS_PER_WORD);

/** The file bytes of sign(W), W row-major [K, N]: [N, 3·⌈K/24⌉]; `what` names the weight in the error for a zero. */
export function packSigns(w: ArrayLike<number>, K: number, N: number, what: string): Uint8Array {
  const per = 3 * signWords(K);
  const out = new Uint8Array(N * per);
  for (let n = 0; n < N; n++) {
    for (let k = 0; k < K; k++) {
      const v = w[k * N + n]!;
      if (v === 0 || Number.isNaN(v)) throw new Error(`${what}: element [${k}, ${n}] is ${v}; a binary weight needs a sign (sign(0) = 0 has no bit), so it cannot be packed`);
      if (v > 0) out[n * per + (k >> 3)]! |= 1 << (k & 7);
    }
  }
  return out;
}

/** The kernel words of packed signs (file bytes [N, 3·⌈K/24⌉] → f32 [N, ⌈K/24⌉]). */
export function signKernelWords(bytes: Uint8Array): Float32Array {
  return bytesToWords(bytes);
}

/** ±1 [K, N] from kernel words [N, ⌈K/24⌉] (the reference the kernel must equal). */
export function unpackSigns(words: ArrayLike<number>, K: number, N: number): Float32Array {
  const per = signWords(K);
  const out = new Float32Array(K * N);
  for (let n = 0; n < N; n++) {
    for (let k = 0; k < K; k++) {
      const word = words[n * per + Math.floor(k / SIGNS_PER_WORD)]!;
      out[k * N + n] = (word >>> (k % SIGNS_PER_WORD)) & 1 ? 1 : -1;
    }
  }
  return out;
}
