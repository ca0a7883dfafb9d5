// The CPU matrix-multiply intrinsic: `loom_gemm`, the JS helper behind the
// kernel IR's `gemm` statement (see ir.ts). It computes
//
//   C[i·N + j] = Σ_k A[aOff + i·aRs + k·aCs] · B[bOff + k·bRs + j·bCs]   (i < M, j < N)
//
// into a Float32Array C (a kernel-local scratch array), with a WebAssembly
// SIMD micro-kernel when the host supports it and plain JS otherwise.
//
// The WASM path packs the operands into the module's linear memory — A as
// k-major panels of MR rows, B as k-major panels of NR = 4·NV columns, both
// zero-padded to whole panels, so any strides (transposes, batch offsets) and
// any sizes work — then runs a register-blocked f32x4 micro-kernel: MR × NV
// vector accumulators per block of C, per k step NV vector loads of B and MR
// splat loads of A. Wasm SIMD has no fused multiply-add (relaxed SIMD is not
// universally available), so each step is a mul and an add per accumulator,
// in f32 (the JS path accumulates in f64; both store f32).
//
// The module is assembled here by a tiny binary encoder (no WAT toolchain),
// and its bytes are embedded in the helper source, which is self-contained:
// the same text runs in generated modules in Node and in browsers. A module
// this small (< 4 KiB) may be compiled synchronously on a browser main thread.

/** Rows of a C block (A panel height). */
export const GEMM_MR = 4;
/** f32x4 vectors per C block row: NR = 4·NV columns (B panel width). */
export const GEMM_NV = 2;

// ---- a tiny WebAssembly binary encoder ----

function uleb(n: number): number[] {
  const out: number[] = [];
  do {
    let b = n & 0x7f;
    n >>>= 7;
    if (n !== 0) b |= 0x80;
    out.push(b);
  } while (n !== 0);
  return out;
}

function sleb(n: number): number[] {
  const out: number[] = [];
  for (;;) {
    const b = n & 0x7f;
    n >>= 7;
    if ((n === 0 && (b & 0x40) === 0) || (n === -1 && (b & 0x40) !== 0)) {
      out.push(b);
      return out;
    }
    out.push(b | 0x80);
  }
}

const str = (s: string): number[] => [...uleb(s.length), ...[...s].map((c) => c.charCodeAt(0))];
const section = (id: number, body: number[]): number[] => [id, ...uleb(body.length), ...body];
const vec = (items: number[][]): number[] => [...uleb(items.length), ...items.flat()];

const I32 = 0x7f;
const V128 = 0x7b;

/** Instruction encoders (only what the micro-kernel needs). */
const op = {
  get: (l: number) => [0x20, ...uleb(l)],
  set: (l: number) => [0x21, ...uleb(l)],
  i32: (v: number) => [0x41, ...sleb(v)],
  add: [0x6a],
  sub: [0x6b],
  mul: [0x6c],
  ltU: [0x49],
  loop: [0x03, 0x40],
  end: [0x0b],
  brIf: (depth: number) => [0x0d, ...uleb(depth)],
  simd: (code: number, ...imm: number[]) => [0xfd, ...uleb(code), ...imm],
  v128Load: (offset: number) => op.simd(0x00, 0, ...uleb(offset)),
  v128Load32Splat: (offset: number) => op.simd(0x09, 2, ...uleb(offset)),
  v128Store: (offset: number) => op.simd(0x0b, 0, ...uleb(offset)),
  v128Zero: () => op.simd(0x0c, ...new Array<number>(16).fill(0)),
  f32x4Add: () => op.simd(0xe4),
  f32x4Mul: () => op.simd(0xe6),
};

/**
 * The module: exports `mem` (linear memory, grown by the caller) and
 * `gemm(ap, bp, cp, mb, nb, K, ldc)`, byte addresses of the packed A panels
 * (mb of them, MR × K each, k-major), the packed B panels (nb, K × NR each,
 * k-major) and C (row-major, ldc bytes per row, MR·mb rows, NR·nb columns).
 * Needs mb, nb, K ≥ 1.
 */
export function gemmWasmBytes(MR = GEMM_MR, NV = GEMM_NV): Uint8Array<ArrayBuffer> {
  const NR = 4 * NV;
  // Parameters 0..6, then i32 locals, then v128 locals.
  const [ap, bp, cp, mb, nb, K, ldc] = [0, 1, 2, 3, 4, 5, 6];
  const [jb, ib, pa, pb, kend, bpanel, cj, crow, c, kA, kB, rowStep] = [7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18];
  const nI32 = 12;
  const v0 = 7 + nI32;
  const acc = (r: number, v: number) => v0 + r * NV + v;
  const bv = (v: number) => v0 + MR * NV + v;
  const av = v0 + MR * NV + NV;
  const nV128 = MR * NV + NV + 1;

  const body: number[] = [
    // kA = K·MR·4, kB = K·NR·4, rowStep = MR·ldc
    ...op.get(K), ...op.i32(MR * 4), ...op.mul, ...op.set(kA),
    ...op.get(K), ...op.i32(NR * 4), ...op.mul, ...op.set(kB),
    ...op.get(ldc), ...op.i32(MR), ...op.mul, ...op.set(rowStep),
    ...op.get(bp), ...op.set(bpanel),
    ...op.get(cp), ...op.set(cj),
    ...op.get(nb), ...op.set(jb),
    ...op.loop, // J: column panels
    ...op.get(ap), ...op.set(pa),
    ...op.get(cj), ...op.set(crow),
    ...op.get(mb), ...op.set(ib),
    ...op.loop, // I: row panels
  ];
  for (let r = 0; r < MR; r++) for (let v = 0; v < NV; v++) body.push(...op.v128Zero(), ...op.set(acc(r, v)));
  body.push(
    ...op.get(bpanel), ...op.set(pb),
    ...op.get(pa), ...op.get(kA), ...op.add, ...op.set(kend),
    ...op.loop, // K
  );
  for (let v = 0; v < NV; v++) body.push(...op.get(pb), ...op.v128Load(16 * v), ...op.set(bv(v)));
  for (let r = 0; r < MR; r++) {
    body.push(...op.get(pa), ...op.v128Load32Splat(4 * r), ...op.set(av));
    for (let v = 0; v < NV; v++) {
      body.push(...op.get(acc(r, v)), ...op.get(av), ...op.get(bv(v)), ...op.f32x4Mul(), ...op.f32x4Add(), ...op.set(acc(r, v)));
    }
  }
  body.push(
    ...op.get(pa), ...op.i32(MR * 4), ...op.add, ...op.set(pa),
    ...op.get(pb), ...op.i32(NR * 4), ...op.add, ...op.set(pb),
    ...op.get(pa), ...op.get(kend), ...op.ltU, ...op.brIf(0),
    ...op.end, // K
    // pa now starts the next A panel; store the block.
    ...op.get(crow), ...op.set(c),
  );
  for (let r = 0; r < MR; r++) {
    for (let v = 0; v < NV; v++) body.push(...op.get(c), ...op.get(acc(r, v)), ...op.v128Store(16 * v));
    if (r + 1 < MR) body.push(...op.get(c), ...op.get(ldc), ...op.add, ...op.set(c));
  }
  body.push(
    ...op.get(crow), ...op.get(rowStep), ...op.add, ...op.set(crow),
    ...op.get(ib), ...op.i32(1), ...op.sub, ...op.set(ib),
    ...op.get(ib), ...op.brIf(0),
    ...op.end, // I
    ...op.get(bpanel), ...op.get(kB), ...op.add, ...op.set(bpanel),
    ...op.get(cj), ...op.i32(NR * 4), ...op.add, ...op.set(cj),
    ...op.get(jb), ...op.i32(1), ...op.sub, ...op.set(jb),
    ...op.get(jb), ...op.brIf(0),
    ...op.end, // J
    ...op.end, // function
  );
  void ap;
  const locals = vec([[...uleb(nI32), I32], [...uleb(nV128), V128]]);
  const code = [...locals, ...body];

  return Uint8Array.from([
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
    ...section(1, vec([[0x60, ...vec(new Array(7).fill([I32])), 0x00]])), // type: (i32 × 7) → ()
    ...section(3, vec([[0x00]])), // function 0 has type 0
    ...section(5, vec([[0x00, 0x01]])), // memory: min 1 page, no max
    ...section(7, vec([[...str('gemm'), 0x00, 0x00], [...str('mem'), 0x02, 0x00]])),
    ...section(10, vec([[...uleb(code.length), ...code]])),
  ]);
}

/**
 * Copies one full panel of P lines with unit stride along lines or along k,
 * unrolled over the lines: `h[q + l] = X[p + l·ls]` per k.
 */
function unrolledPack(name: string, P: number): string {
  const lines = Array.from({ length: P }, (_, l) => l);
  const terms = (at: (l: number) => string) => lines.map((l) => `h[q${l === 0 ? '' : ` + ${l}`}] = X[${at(l)}];`).join(' ');
  return `if (ls === 1) { // ${name} lines adjacent in X
          for (let k = 0, q = q0, p = p0; k < K; k++, q += ${P}, p += ks) { ${terms((l) => (l === 0 ? 'p' : `p + ${l}`))} }
        } else { // k adjacent in X: ${P} streams
          ${lines.map((l) => `const s${l} = p0${l === 0 ? '' : ` + ${l} * ls`};`).join(' ')}
          for (let k = 0, q = q0; k < K; k++, q += ${P}) { ${terms((l) => `s${l} + k`)} }
        }`;
}

/** Rows k of X copied across `full` panels of P adjacent lines each. */
function rowWisePack(P: number): string {
  const copies = Array.from({ length: P }, (_, l) => `h[q${l ? ` + ${l}` : ''}] = X[p${l ? ` + ${l}` : ''}];`).join(' ');
  return `for (let k = 0; k < K; k++) {
          for (let f = 0, p = off + k * ks, q = base + k * ${P}; f < full; f++, p += ${P}, q += step) { ${copies} }
        }`;
}

/**
 * Source of `loom_gemm(C, M, N, K, A, aOff, aRs, aCs, B, bOff, bRs, bCs)`
 * (self-contained JS). `WebAssembly` is looked up when the module loads; when
 * it is missing, refuses the module or lacks SIMD, the plain-JS path runs.
 */
export function gemmHelperSource(MR = GEMM_MR, NV = GEMM_NV): string {
  const NR = 4 * NV;
  const bytes = gemmWasmBytes(MR, NV);
  return `const loom_gemm = (() => {
  // C[i*N + j] = sum_k A[aOff + i*aRs + k*aCs] * B[bOff + k*bRs + j*bCs]; see compiler/render/wasm-gemm.ts.
  const MR = ${MR}, NR = ${NR};
  let wasm = null;
  try {
    const bytes = new Uint8Array([${bytes.join(',')}]);
    if (typeof WebAssembly === 'object' && WebAssembly.validate(bytes)) {
      wasm = new WebAssembly.Instance(new WebAssembly.Module(bytes), {}).exports;
    }
  } catch (e) {
    wasm = null;
  }
  let heap = wasm ? new Float32Array(wasm.mem.buffer) : null;
  // Without WebAssembly SIMD: 4×4 blocks of C in locals (f64), strided loads, edges one row / column at a time.
  function plain(C, M, N, K, A, aOff, aRs, aCs, B, bOff, bRs, bCs) {
    const M4 = M - M % 4, N4 = N - N % 4;
    for (let i = 0; i < M4; i += 4) {
      for (let j = 0; j < N4; j += 4) {
        let c00 = 0, c01 = 0, c02 = 0, c03 = 0, c10 = 0, c11 = 0, c12 = 0, c13 = 0;
        let c20 = 0, c21 = 0, c22 = 0, c23 = 0, c30 = 0, c31 = 0, c32 = 0, c33 = 0;
        for (let k = 0, pa = aOff + i * aRs, pb = bOff + j * bCs; k < K; k++, pa += aCs, pb += bRs) {
          const b0 = B[pb], b1 = B[pb + bCs], b2 = B[pb + 2 * bCs], b3 = B[pb + 3 * bCs];
          const a0 = A[pa], a1 = A[pa + aRs], a2 = A[pa + 2 * aRs], a3 = A[pa + 3 * aRs];
          c00 += a0 * b0; c01 += a0 * b1; c02 += a0 * b2; c03 += a0 * b3;
          c10 += a1 * b0; c11 += a1 * b1; c12 += a1 * b2; c13 += a1 * b3;
          c20 += a2 * b0; c21 += a2 * b1; c22 += a2 * b2; c23 += a2 * b3;
          c30 += a3 * b0; c31 += a3 * b1; c32 += a3 * b2; c33 += a3 * b3;
        }
        let q = i * N + j;
        C[q] = c00; C[q + 1] = c01; C[q + 2] = c02; C[q + 3] = c03; q += N;
        C[q] = c10; C[q + 1] = c11; C[q + 2] = c12; C[q + 3] = c13; q += N;
        C[q] = c20; C[q + 1] = c21; C[q + 2] = c22; C[q + 3] = c23; q += N;
        C[q] = c30; C[q + 1] = c31; C[q + 2] = c32; C[q + 3] = c33;
      }
      for (let r = i; r < i + 4; r++) plainEdge(C, N, K, A, aOff + r * aRs, aCs, B, bOff, bRs, bCs, r, N4, N);
    }
    for (let r = M4; r < M; r++) plainEdge(C, N, K, A, aOff + r * aRs, aCs, B, bOff, bRs, bCs, r, 0, N);
  }
  // C[r, j0 .. j1) one column at a time.
  function plainEdge(C, N, K, A, pa0, aCs, B, bOff, bRs, bCs, r, j0, j1) {
    for (let j = j0; j < j1; j++) {
      let c = 0;
      for (let k = 0, pa = pa0, pb = bOff + j * bCs; k < K; k++, pa += aCs, pb += bRs) c += A[pa] * B[pb];
      C[r * N + j] = c;
    }
  }
  // Panels of P lines (rows of A / columns of B) of X, k-major: h[base + (panel*K + k)*P + l] =
  // X[off + line*ls + k*ks], zero for lines past n. Reads walk the smaller stride innermost.
  function pack(h, base, X, off, ls, ks, n, P, K, panels) {
    let pn = 0;
    if (ls === 1 && ks !== 1 && (P === MR || P === NR)) {
      // Lines adjacent, k strided (a row-major B): walk X row by row across all full panels,
      // rather than panel by panel down K rows (one page per row when rows are long).
      const full = Math.min(panels, Math.floor(n / P)), step = K * P;
      if (P === NR) {
        ${rowWisePack(NR)}
      } else {
        ${rowWisePack(MR)}
      }
      pn = full;
    }
    for (; pn < panels; pn++) {
      const q0 = base + pn * K * P, l0 = pn * P, valid = Math.min(P, n - l0), p0 = off + l0 * ls;
      if (valid < P) h.fill(0, q0, q0 + K * P);
      if (valid === P && P === MR && (ls === 1 || ks === 1)) {
        ${unrolledPack('MR', MR)}
      } else if (valid === P && P === NR && (ls === 1 || ks === 1)) {
        ${unrolledPack('NR', NR)}
      } else if (Math.abs(ls) <= Math.abs(ks)) {
        for (let k = 0; k < K; k++) {
          const q = q0 + k * P, p = p0 + k * ks;
          for (let l = 0; l < valid; l++) h[q + l] = X[p + l * ls];
        }
      } else {
        for (let l = 0; l < valid; l++) {
          for (let k = 0, q = q0 + l, p = p0 + l * ls; k < K; k++, q += P, p += ks) h[q] = X[p];
        }
      }
    }
  }
  return function loom_gemm(C, M, N, K, A, aOff, aRs, aCs, B, bOff, bRs, bCs) {
    if (M <= 0 || N <= 0) return;
    if (K <= 0) { C.fill(0, 0, M * N); return; }
    if (wasm === null) { plain(C, M, N, K, A, aOff, aRs, aCs, B, bOff, bRs, bCs); return; }
    const mb = Math.ceil(M / MR), nb = Math.ceil(N / NR);
    const MP = mb * MR, NP = nb * NR;
    const ap = 0, bp = MP * K, cp = bp + NP * K, total = cp + MP * NP;
    if (heap.length < total) {
      wasm.mem.grow(Math.ceil((total * 4 - wasm.mem.buffer.byteLength) / 65536));
      heap = new Float32Array(wasm.mem.buffer);
    }
    pack(heap, ap, A, aOff, aRs, aCs, M, MR, K, mb);
    pack(heap, bp, B, bOff, bCs, bRs, N, NR, K, nb);
    wasm.gemm(ap * 4, bp * 4, cp * 4, mb, nb, K, NP * 4);
    if (NP === N) C.set(heap.subarray(cp, cp + M * N));
    else for (let i = 0; i < M; i++) C.set(heap.subarray(cp + i * NP, cp + i * NP + N), i * N);
  };
})();`;
}
