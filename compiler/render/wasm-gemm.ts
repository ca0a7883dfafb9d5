// The CPU matrix-multiply intrinsic: `loom_gemm` / `loom_gemm_view`, the JS
// helpers behind the kernel IR's `gemm` statement (see ir.ts). They compute
//
//   C[i, j] = Σ_k A[aOff + aRs(i) + aCs(k)] · B[bOff + bRs(k) + bCs(j)]   (i < M, j < N)
//
// where a stride is i·s, or for a multi-level stride (levels of size and
// stride, outermost first) Σ digit·stride over the mixed-radix digits of the
// index: an attention output's (batch, time) rows and (head, head size) k
// do not merge into one stride. `loom_gemm` copies C into a Float32Array;
// `loom_gemm_view` leaves it in the WASM heap and returns the heap (C[i, j]
// at [i·ldc + j]), so a kernel's epilogue reads it with no copy. WebAssembly
// SIMD when the host supports it, plain JS otherwise.
//
// The WASM path puts the operands into the module's linear memory: a
// contiguous operand as it is (a memcpy: row-major or k-major A, row-major B
// when small enough to stay cached), anything else packed by JS loops — A as
// k-major panels of MR rows, B as k-major panels of NR = 4·NV columns,
// zero-padded to whole panels, so any strides (transposes, batch offsets,
// levels through per-call offset tables) and any sizes work — then runs a
// register-blocked f32x4 micro-kernel that walks either layout with byte
// steps: MR × NV vector accumulators per block of C, per k step NV vector
// loads of B and MR splat loads of A. Wasm SIMD has no fused multiply-add
// (relaxed SIMD is not universally available), so each step is a mul and an
// add per accumulator, in f32 (the JS path accumulates in f64; both store
// f32). 4 × 8 (MR = 4, NV = 2) measured fastest on the gpt shapes (x86-64,
// V8 11), ahead of 5 × 8, 6 × 8, 4 × 12, 3 × 12, 2 × 16 and 8 × 4:
// bench/gemm.ts times the helper; `gemmWasmBytes(MR, NV)` builds the others.
//
// The module is assembled here by a tiny binary encoder (no WAT toolchain),
// and its bytes are embedded in the helper source, which is self-contained:
// the same text runs in generated modules in Node and in browsers. A module
// this small (< 4 KiB) may be compiled synchronously on a browser main thread.

import { I32, MODULE_HEADER, op, section, str, uleb, V128, vec } from './wasm-encode.ts';

/** Rows of a C block (A panel height). */
export const GEMM_MR = 4;
/** f32x4 vectors per C block row: NR = 4·NV columns (B panel width). */
export const GEMM_NV = 2;

/**
 * The micro-kernel's loops over one product, as a function body. Operands sit
 * in linear memory at byte addresses with byte steps, so one kernel reads
 * packed panels and plain row-major copies alike:
 *
 *   A(r, k) of row panel p at ap + p·aPanel + r·aR + k·aK (r < MR)
 *   B(k, c) of column panel q at bp + q·bPanel + k·bK + 4·c (c < NR)
 *   C(r, c) of block (p, q) at cp + p·MR·ldc + q·NR·4 + r·ldc + 4·c
 *
 * `aRows` false: aR is 4 (packed panels, or a k-major A), each row an
 * immediate offset from one pointer; true: aR is any, MR row pointers.
 */
function gemmBody(MR: number, NV: number, aRows: boolean): number[] {
  const NR = 4 * NV;
  const [ap, aK, aPanel, aR, bp, bK, bPanel, cp, mb, nb, K, ldc, add] = Array.from({ length: 13 }, (_, i) => i);
  const [jb, ib, kc, pb, bpanel, apanel, cj, crow, c, rowStep] = Array.from({ length: 10 }, (_, i) => 13 + i);
  const pa = (r: number) => 23 + r; // row pointers (one when !aRows)
  const nI32 = 10 + (aRows ? MR : 1);
  const v0 = 13 + nI32;
  const acc = (r: number, v: number) => v0 + r * NV + v;
  const bv = (v: number) => v0 + MR * NV + v;
  const av = v0 + MR * NV + NV;
  const nV128 = MR * NV + NV + 1;
  const rows = aRows ? MR : 1;

  const body: number[] = [
    ...op.get(ldc), ...op.i32(MR), ...op.mul, ...op.set(rowStep),
    ...op.get(bp), ...op.set(bpanel),
    ...op.get(cp), ...op.set(cj),
    ...op.get(nb), ...op.set(jb),
    ...op.loop, // J: column panels
    ...op.get(ap), ...op.set(apanel),
    ...op.get(cj), ...op.set(crow),
    ...op.get(mb), ...op.set(ib),
    ...op.loop, // I: row panels
  ];
  // Accumulators start from C (add ≠ 0: a later block of k) or from zero.
  body.push(...op.get(add), ...op.if, ...op.get(crow), ...op.set(c));
  for (let r = 0; r < MR; r++) {
    for (let v = 0; v < NV; v++) body.push(...op.get(c), ...op.v128Load(16 * v), ...op.set(acc(r, v)));
    if (r + 1 < MR) body.push(...op.get(c), ...op.get(ldc), ...op.add, ...op.set(c));
  }
  body.push(...op.else);
  for (let r = 0; r < MR; r++) for (let v = 0; v < NV; v++) body.push(...op.v128Zero(), ...op.set(acc(r, v)));
  body.push(...op.end);
  body.push(...op.get(bpanel), ...op.set(pb), ...op.get(apanel), ...op.set(pa(0)));
  for (let r = 1; r < rows; r++) body.push(...op.get(pa(r - 1)), ...op.get(aR), ...op.add, ...op.set(pa(r)));
  body.push(...op.get(K), ...op.set(kc), ...op.loop); // K
  for (let v = 0; v < NV; v++) body.push(...op.get(pb), ...op.v128Load(16 * v), ...op.set(bv(v)));
  for (let r = 0; r < MR; r++) {
    body.push(...(aRows ? [...op.get(pa(r)), ...op.v128Load32Splat(0)] : [...op.get(pa(0)), ...op.v128Load32Splat(4 * r)]), ...op.set(av));
    for (let v = 0; v < NV; v++) {
      body.push(...op.get(acc(r, v)), ...op.get(av), ...op.get(bv(v)), ...op.f32x4Mul(), ...op.f32x4Add(), ...op.set(acc(r, v)));
    }
  }
  for (let r = 0; r < rows; r++) body.push(...op.get(pa(r)), ...op.get(aK), ...op.add, ...op.set(pa(r)));
  body.push(
    ...op.get(pb), ...op.get(bK), ...op.add, ...op.set(pb),
    ...op.get(kc), ...op.i32(1), ...op.sub, ...op.set(kc),
    ...op.get(kc), ...op.brIf(0),
    ...op.end, // K
    ...op.get(crow), ...op.set(c),
  );
  for (let r = 0; r < MR; r++) {
    for (let v = 0; v < NV; v++) body.push(...op.get(c), ...op.get(acc(r, v)), ...op.v128Store(16 * v));
    if (r + 1 < MR) body.push(...op.get(c), ...op.get(ldc), ...op.add, ...op.set(c));
  }
  body.push(
    ...op.get(crow), ...op.get(rowStep), ...op.add, ...op.set(crow),
    ...op.get(apanel), ...op.get(aPanel), ...op.add, ...op.set(apanel),
    ...op.get(ib), ...op.i32(1), ...op.sub, ...op.set(ib),
    ...op.get(ib), ...op.brIf(0),
    ...op.end, // I
    ...op.get(bpanel), ...op.get(bPanel), ...op.add, ...op.set(bpanel),
    ...op.get(cj), ...op.i32(NR * 4), ...op.add, ...op.set(cj),
    ...op.get(jb), ...op.i32(1), ...op.sub, ...op.set(jb),
    ...op.get(jb), ...op.brIf(0),
    ...op.end, // J
    ...op.end, // function
  );
  const locals = vec([[...uleb(nI32), I32], [...uleb(nV128), V128]]);
  return [...locals, ...body];
}

/**
 * The module: exports `mem` (linear memory, grown by the caller) and two
 * functions of (ap, aK, aPanel, aR, bp, bK, bPanel, cp, mb, nb, K, ldc, add),
 * all byte addresses / byte steps (see gemmBody): `gemm` reads A rows at
 * immediate offsets (aR = 4: packed panels), `gemm_rows` through MR row
 * pointers (aR any: a row-major copy of A). mb row panels and nb column
 * panels of C are computed, whole (MR × NR blocks); add ≠ 0 adds the product
 * to C (a later block of k). Needs mb, nb, K ≥ 1.
 */
export function gemmWasmBytes(MR = GEMM_MR, NV = GEMM_NV): Uint8Array<ArrayBuffer> {
  const code = [gemmBody(MR, NV, false), gemmBody(MR, NV, true)];
  return Uint8Array.from([
    ...MODULE_HEADER,
    ...section(1, vec([[0x60, ...vec(new Array(13).fill([I32])), 0x00]])), // type: (i32 × 13) → ()
    ...section(3, vec([[0x00], [0x00]])), // functions 0 and 1 have type 0
    ...section(5, vec([[0x00, 0x01]])), // memory: min 1 page, no max
    ...section(7, vec([[...str('gemm'), 0x00, 0x00], [...str('gemm_rows'), 0x00, 0x01], [...str('mem'), 0x02, 0x00]])),
    ...section(10, vec(code.map((c) => [...uleb(c.length), ...c]))),
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

/** One full panel of P lines through offset tables: `h[q + l] = X[s_l + kt[k]]`, s_l = off + lt[l0 + l]. */
function tablePack(P: number): string {
  const lines = Array.from({ length: P }, (_, l) => l);
  return `${lines.map((l) => `const s${l} = off + lt[l0${l ? ` + ${l}` : ''}];`).join(' ')}
        for (let k = 0, q = q0; k < K; k++, q += ${P}) {
          const t = kt[k];
          ${lines.map((l) => `h[q${l ? ` + ${l}` : ''}] = X[s${l} + t];`).join(' ')}
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
 * Source of the helpers (self-contained JS):
 *
 *   loom_gemm(C, M, N, K, A, aOff, aRs, aCs, B, bOff, bRs, bCs)        C[i·N + j] = (A·B)[i, j]
 *   loom_gemm_view(M, N, K, ldc, A, aOff, aRs, aCs, B, bOff, bRs, bCs)  returns an array holding
 *       (A·B)[i, j] at [i·ldc + j] (the WASM heap itself: no copy), valid until the next call
 *
 * A stride is a number, or a flat array [size, stride, …] of levels,
 * outermost first (a multi-level stride: the index's mixed-radix digits times
 * their strides; the outermost digit is unbounded). `WebAssembly` is looked
 * up when the module loads; when it is missing, refuses the module or lacks
 * SIMD, the plain-JS path runs.
 */
export function gemmHelperSource(MR = GEMM_MR, NV = GEMM_NV): string {
  const NR = 4 * NV;
  const bytes = gemmWasmBytes(MR, NV);
  return `const { loom_gemm, loom_gemm_view } = (() => {
  // See compiler/render/wasm-gemm.ts.
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
  // A contiguous operand is copied into the heap as is (a memcpy), which beats packing it; the
  // kernel walks it with its strides. Not a B with more floats than this: the kernel re-reads a
  // B panel for every row panel, and K rows of a long B touch a page each (TLB misses).
  const B_COPY_FLOATS = 65536;
  // Likewise a k-major A only while its k step (M floats) stays under a page: an A panel's KC
  // k steps touch a page each beyond that (measured: 1024 rows lose 15%, 512 rows gain 2%).
  const A_KMAJOR_COPY_ROWS = 512;
  // Cache block sizes (k steps, rows: a multiple of MR); see product().
  const KC = 256, MC = 256;
  // Offset tables of multi-level strides (slots: A lines, A k, B k, B lines), reused across calls.
  const tables = [new Int32Array(64), new Int32Array(64), new Int32Array(64), new Int32Array(64)];
  // The offsets of indices 0 .. n-1 under stride s (a number, or flat levels [size, stride, …]).
  function table(slot, s, n) {
    let t = tables[slot];
    if (t.length < n) t = tables[slot] = new Int32Array(n);
    if (typeof s === 'number') {
      for (let i = 0; i < n; i++) t[i] = i * s;
      return t;
    }
    for (let i = 0; i < n; i++) {
      let r = i, o = 0;
      for (let l = s.length - 2; l > 0; l -= 2) {
        const d = r % s[l];
        r = (r - d) / s[l];
        o += d * s[l + 1];
      }
      t[i] = o + r * s[1];
    }
    return t;
  }
  // The stride between neighbouring indices at the innermost level.
  const innermost = (s) => (typeof s === 'number' ? s : s[s.length - 1]);
  // Without WebAssembly SIMD: 4×4 blocks of C in locals (f64), strided loads, edges one row / column at a time.
  function plain(C, ldc, M, N, K, A, aOff, aRs, aCs, B, bOff, bRs, bCs) {
    if (typeof aRs !== 'number' || typeof aCs !== 'number' || typeof bRs !== 'number' || typeof bCs !== 'number') {
      plainTables(C, ldc, M, N, K, A, aOff, table(0, aRs, M), table(1, aCs, K), B, bOff, table(2, bRs, K), table(3, bCs, N));
      return;
    }
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
        let q = i * ldc + j;
        C[q] = c00; C[q + 1] = c01; C[q + 2] = c02; C[q + 3] = c03; q += ldc;
        C[q] = c10; C[q + 1] = c11; C[q + 2] = c12; C[q + 3] = c13; q += ldc;
        C[q] = c20; C[q + 1] = c21; C[q + 2] = c22; C[q + 3] = c23; q += ldc;
        C[q] = c30; C[q + 1] = c31; C[q + 2] = c32; C[q + 3] = c33;
      }
      for (let r = i; r < i + 4; r++) plainEdge(C, ldc, K, A, aOff + r * aRs, aCs, B, bOff, bRs, bCs, r, N4, N);
    }
    for (let r = M4; r < M; r++) plainEdge(C, ldc, K, A, aOff + r * aRs, aCs, B, bOff, bRs, bCs, r, 0, N);
  }
  // C[r, j0 .. j1) one column at a time.
  function plainEdge(C, ldc, K, A, pa0, aCs, B, bOff, bRs, bCs, r, j0, j1) {
    for (let j = j0; j < j1; j++) {
      let c = 0;
      for (let k = 0, pa = pa0, pb = bOff + j * bCs; k < K; k++, pa += aCs, pb += bRs) c += A[pa] * B[pb];
      C[r * ldc + j] = c;
    }
  }
  // Multi-level strides without WebAssembly: one dot product per element, through offset tables.
  function plainTables(C, ldc, M, N, K, A, aOff, ar, ac, B, bOff, br, bc) {
    for (let i = 0; i < M; i++) {
      for (let j = 0; j < N; j++) {
        let c = 0;
        for (let k = 0, pa = aOff + ar[i], pb = bOff + bc[j]; k < K; k++) c += A[pa + ac[k]] * B[pb + br[k]];
        C[i * ldc + j] = c;
      }
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
  // pack() for multi-level strides: line and k offsets from tables (lt, kt). Full panels: one
  // read stream per line, one table read per k, sequential writes.
  function packTables(h, base, X, off, lt, kt, linesInner, n, P, K, panels) {
    for (let pn = 0; pn < panels; pn++) {
      const q0 = base + pn * K * P, l0 = pn * P, valid = Math.min(P, n - l0);
      if (valid < P) h.fill(0, q0, q0 + K * P);
      if (valid === P && P === MR) {
        ${tablePack(MR)}
      } else if (valid === P && P === NR) {
        ${tablePack(NR)}
      } else if (linesInner) {
        for (let k = 0; k < K; k++) {
          const q = q0 + k * P, p = off + kt[k];
          for (let l = 0; l < valid; l++) h[q + l] = X[p + lt[l0 + l]];
        }
      } else {
        for (let l = 0; l < valid; l++) {
          const p = off + lt[l0 + l];
          for (let k = 0, q = q0 + l; k < K; k++, q += P) h[q] = X[p + kt[k]];
        }
      }
    }
  }
  // Packs one operand as panels of P lines; slots are its tables' (lines, k).
  function packAny(h, base, X, off, ls, ks, n, P, K, panels, slots) {
    if (typeof ls === 'number' && typeof ks === 'number') pack(h, base, X, off, ls, ks, n, P, K, panels);
    else {
      const linesInner = Math.abs(innermost(ls)) <= Math.abs(innermost(ks));
      packTables(h, base, X, off, table(slots[0], ls, n), table(slots[1], ks, K), linesInner, n, P, K, panels);
    }
  }
  const A_SLOTS = [0, 1], B_SLOTS = [3, 2];
  // The product into the heap: C[i, j] at heap[i*ld + j], ld = ldc when ldc holds whole panels of NR.
  // Returns ld. A and B are copied as they are when contiguous (the kernel walks them with their
  // strides), else packed; the kernel reads past row M / column N of a copy into the next row
  // or into zeroed slack (no stale denormals): those results land in C's padding only.
  function product(M, N, K, ldc, A, aOff, aRs, aCs, B, bOff, bRs, bCs) {
    const mb = Math.ceil(M / MR), nb = Math.ceil(N / NR), MP = mb * MR, NP = nb * NR;
    const ld = ldc >= NP ? ldc : NP;
    const ap = MP * ld, bp = ap + MP * K + MR, total = bp + NP * K + NR;
    if (heap.length < total) {
      wasm.mem.grow(Math.ceil((total * 4 - wasm.mem.buffer.byteLength) / 65536));
      heap = new Float32Array(wasm.mem.buffer);
    }
    // Cache blocks: KC k-steps by MC rows per kernel call, so that a B panel (KC × NR) stays in
    // L1 across the block's row panels and the A block (MC × KC) in L2 across the column panels;
    // later k blocks add to C. Byte steps: aK / bK per k, aPanel / bPanel per panel.
    const run = (fn, a0, aK, aPanel, aR, b0, bK, bPanel) => {
      for (let k0 = 0; k0 < K; k0 += KC) {
        const kc = Math.min(KC, K - k0);
        for (let i0 = 0; i0 < MP; i0 += MC) {
          fn(a0 + (i0 / MR) * aPanel + k0 * aK, aK, aPanel, aR, b0 + k0 * bK, bK, bPanel, i0 * ld * 4,
            Math.min(MC, MP - i0) / MR, nb, kc, ld * 4, k0 > 0 ? 1 : 0);
        }
      }
    };
    let bK = NR * 4, bPanel = K * NR * 4;
    if (bCs === 1 && bRs === N && K * N <= B_COPY_FLOATS) {
      heap.set(B.subarray(bOff, bOff + K * N), bp);
      heap.fill(0, bp + K * N, bp + K * N + NR);
      bK = N * 4;
      bPanel = NR * 4;
    } else packAny(heap, bp, B, bOff, bCs, bRs, N, NR, K, nb, B_SLOTS);
    if (aCs === 1 && aRs === K) {
      heap.set(A.subarray(aOff, aOff + M * K), ap);
      heap.fill(0, ap + M * K, ap + MP * K + MR);
      run(wasm.gemm_rows, ap * 4, 4, MR * K * 4, K * 4, bp * 4, bK, bPanel);
    } else if (aRs === 1 && aCs === M && M <= A_KMAJOR_COPY_ROWS) {
      heap.set(A.subarray(aOff, aOff + M * K), ap);
      heap.fill(0, ap + M * K, ap + M * K + MR);
      run(wasm.gemm, ap * 4, M * 4, MR * 4, 4, bp * 4, bK, bPanel);
    } else {
      packAny(heap, ap, A, aOff, aRs, aCs, M, MR, K, mb, A_SLOTS);
      run(wasm.gemm, ap * 4, MR * 4, K * MR * 4, 4, bp * 4, bK, bPanel);
    }
    return ld;
  }
  // A host's BLAS (runtime/backends/js/native-gemm.ts installs the system's under Node): it
  // takes the product when the strides are a BLAS layout, and answers false otherwise.
  const NATIVE = Symbol.for('loom.sgemm');
  let plainC = new Float32Array(0);
  function loom_gemm_view(M, N, K, ldc, A, aOff, aRs, aCs, B, bOff, bRs, bCs) {
    const native = globalThis[NATIVE];
    if (native !== undefined && M > 0 && N > 0 && K > 0) {
      if (plainC.length < M * ldc) plainC = new Float32Array(M * ldc);
      if (native(plainC, 0, ldc, M, N, K, A, aOff, aRs, aCs, B, bOff, bRs, bCs)) return plainC;
    }
    if (wasm === null) {
      if (plainC.length < M * ldc) plainC = new Float32Array(M * ldc);
      if (K <= 0) plainC.fill(0, 0, M * ldc);
      else if (M > 0 && N > 0) plain(plainC, ldc, M, N, K, A, aOff, aRs, aCs, B, bOff, bRs, bCs);
      return plainC;
    }
    if (M <= 0 || N <= 0) return heap;
    if (K <= 0) {
      if (heap.length < M * ldc) {
        wasm.mem.grow(Math.ceil((M * ldc * 4 - wasm.mem.buffer.byteLength) / 65536));
        heap = new Float32Array(wasm.mem.buffer);
      }
      return heap.fill(0, 0, M * ldc);
    }
    const ld = product(M, N, K, ldc, A, aOff, aRs, aCs, B, bOff, bRs, bCs);
    // ldc narrower than whole panels: close the rows up (forwards is safe, rows only move down).
    if (ld !== ldc) for (let i = 1; i < M; i++) heap.copyWithin(i * ldc, i * ld, i * ld + N);
    return heap;
  }
  function loom_gemm(C, M, N, K, A, aOff, aRs, aCs, B, bOff, bRs, bCs) {
    if (M <= 0 || N <= 0) return;
    if (K <= 0) { C.fill(0, 0, M * N); return; }
    const native = globalThis[NATIVE];
    if (native !== undefined && native(C, 0, N, M, N, K, A, aOff, aRs, aCs, B, bOff, bRs, bCs)) return;
    if (wasm === null) { plain(C, N, M, N, K, A, aOff, aRs, aCs, B, bOff, bRs, bCs); return; }
    const ld = product(M, N, K, Math.ceil(N / NR) * NR, A, aOff, aRs, aCs, B, bOff, bRs, bCs);
    if (ld === N) C.set(heap.subarray(0, M * N));
    else for (let i = 0; i < M; i++) C.set(heap.subarray(i * ld, i * ld + N), i * N);
  }
  return { loom_gemm, loom_gemm_view };
})();`;
}

/** A stride of the helpers: a number, or flat multi-level [size, stride, …] (outermost first). */
type GemmStride = number | readonly number[];

/** The helpers as functions (gemmHelperSource's contract). */
export interface GemmHelpers {
  loom_gemm(C: Float32Array, M: number, N: number, K: number, A: Float32Array, aOff: number, aRs: GemmStride, aCs: GemmStride,
    B: Float32Array, bOff: number, bRs: GemmStride, bCs: GemmStride): void;
  loom_gemm_view(M: number, N: number, K: number, ldc: number, A: Float32Array, aOff: number, aRs: GemmStride, aCs: GemmStride,
    B: Float32Array, bOff: number, bRs: GemmStride, bCs: GemmStride): Float32Array;
}

/**
 * The helpers instantiated outside a generated module (tests, bench/gemm.ts),
 * with the globals they look up given explicitly: `host` stands for
 * `globalThis` (where a native BLAS is installed; {} for none), and
 * `webAssembly` for `WebAssembly` (undefined: the plain-JS path).
 */
export function gemmHelpers(host: object = {}, webAssembly: unknown = WebAssembly, source = gemmHelperSource()): GemmHelpers {
  return new Function('globalThis', 'WebAssembly', `${source}\nreturn { loom_gemm, loom_gemm_view };`)(host, webAssembly) as GemmHelpers;
}
