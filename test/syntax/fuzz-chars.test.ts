// A character-level fuzzer over the whole front end: bytes of the example
// programs and the standard library are inserted, deleted and replaced, NUL
// bytes and invalid UTF-8 are written in, pieces of one file are spliced into
// another, and number literals are swapped for extreme ones (repeat counts of
// 65536 or 2^31, dims of 30000, 1e300, -1, 1e400). Each mutant goes the way a
// file on disk goes (decodeSource, then loading, parsing and imports) and is
// then elaborated, method forward and loss, with the model's default config.
// Every mutant must end in a graph or in diagnostics: no exception, no
// internal error, every span inside its file, and (through the size budget)
// no hang and no blow-up.
//
// Deterministic: a seeded PRNG. LOOM_FUZZ_SEED / LOOM_FUZZ_CHARS explore more.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import type { Diagnostic } from '../../compiler/diagnostics.ts';
import { elaborate, methodArgTypes } from '../../compiler/elaborate/elaborate.ts';
import { decodeSource, type LoadedProgram, loadSource, NotTextError } from '../../compiler/elaborate/load.ts';
import type { TensorType } from '../../compiler/graph/types.ts';
import { spanProblems } from './helpers.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const SEED = Number(process.env.LOOM_FUZZ_SEED ?? 7_2024);
/** Mutants per test; four tests, so ≥ 3,000 in all by default. */
const PER_TEST = Number(process.env.LOOM_FUZZ_CHARS ?? 800);
const TESTS = 4;

const corpus = ['dsl-examples', 'compiler/std']
  .flatMap((dir) => readdirSync(join(root, dir)).filter((f) => f.endsWith('.loom')).map((f) => join(root, dir, f)))
  .map((path) => ({ name: relative(root, path), bytes: new Uint8Array(readFileSync(path)) }));
/** Programs with a model are picked more often, so that most mutants reach elaboration proper. */
// Files that declare a model (a line starting `model`; the std library mentions models only in comments).
const models = corpus.filter((f) => /^model /m.test(new TextDecoder().decode(f.bytes)));

/** mulberry32 */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const concat = (...parts: Uint8Array[]): Uint8Array => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
};

/** Byte sequences that are not UTF-8: stray continuation bytes, overlongs, surrogates, truncated sequences, > U+10FFFF. */
const INVALID_UTF8 = [[0x80], [0xbf], [0xc0, 0xaf], [0xc3], [0xc3, 0x28], [0xe2, 0x82], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xf8, 0x88, 0x80, 0x80, 0x80], [0xff], [0xfe, 0xff]].map((b) => Uint8Array.from(b));
/** Valid but unusual text: accents, a 4-byte character, a BOM, line and paragraph separators, a combining mark, a tab, a lone CR. */
const ODD_TEXT = ['é', '€', '𝔸', '\uFEFF', '\u2028', '\u2029', 'e\u0301', '\t', '\r', '\v', '\u00A0'].map(utf8);
/** Number literals a hostile or careless user might write, as repeat counts, dims or anything else. */
const NUMBERS = ['0', '1', '-1', '3', '65536', '2147483648', '4294967297', '-2147483649', '9007199254740993', '30000', '1e300', '1e400', '1e-300', '0.5', '999999999999999999999999'];

function mutate(bytes: Uint8Array, random: () => number): Uint8Array {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
  const at = Math.floor(random() * (bytes.length + 1));
  const head = bytes.subarray(0, at);
  const tail = (skip: number) => bytes.subarray(Math.min(bytes.length, at + skip));
  switch (Math.floor(random() * 11)) {
    case 0: // insert a random byte
      return concat(head, Uint8Array.of(Math.floor(random() * 256)), tail(0));
    case 1: // delete a few bytes (may cut a multi-byte character in half)
      return concat(head, tail(1 + Math.floor(random() * 8)));
    case 2: // replace a byte
      return concat(head, Uint8Array.of(Math.floor(random() * 256)), tail(1));
    case 3: // a NUL byte
      return concat(head, Uint8Array.of(0), tail(random() < 0.5 ? 0 : 1));
    case 4: // invalid UTF-8
      return concat(head, pick(INVALID_UTF8), tail(0));
    case 5: // valid but unusual characters
      return concat(head, pick(ODD_TEXT), tail(random() < 0.5 ? 0 : 1));
    case 6: { // splice a piece of another file in, replacing up to as many bytes
      const donor = pick(corpus).bytes;
      const from = Math.floor(random() * donor.length);
      const piece = donor.subarray(from, from + 1 + Math.floor(random() * 200));
      return concat(head, piece, tail(Math.floor(random() * piece.length)));
    }
    case 7: { // duplicate a line
      const text = new TextDecoder().decode(bytes);
      const lines = text.split('\n');
      const i = Math.floor(random() * lines.length);
      lines.splice(i, 0, lines[i]!);
      return utf8(lines.join('\n'));
    }
    case 8: // truncate
      return bytes.subarray(0, at);
    default: { // swap a number literal, most often a repeat count or a hyperparameter default (dims, depth)
      const text = new TextDecoder().decode(bytes);
      const numbers = [...text.matchAll(/\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/g)];
      if (numbers.length === 0) return concat(head, utf8(pick(NUMBERS)), tail(0));
      const sized = numbers.filter((m) => /(?:repeat\(\s*|int\s*=\s*)$/.test(text.slice(Math.max(0, m.index! - 12), m.index)));
      const m = sized.length > 0 && random() < 0.6 ? pick(sized) : pick(numbers);
      return utf8(text.slice(0, m.index) + pick(NUMBERS) + text.slice(m.index! + m[0].length));
    }
  }
}

const i32 = (...shape: number[]): TensorType => ({ shape, dtype: 'i32' });
/** What the examples' methods take, for mutants whose declared types no longer give argument types. */
const FALLBACK_ARGS: Record<string, Record<string, TensorType>> = {
  forward: { tokens: i32(2, 3) },
  loss: { tokens: i32(2, 3), targets: i32(2, 3) },
};

interface Outcome {
  problems: string[];
  /** Reached elaboration with a parsed program and produced a graph for some method. */
  graphs: number;
  diagnostics: number;
  binary: boolean;
}

/** Problems with diagnostics: internal errors, bad codes or messages, spans outside their file. */
function diagnosticProblems(ds: readonly Diagnostic[], sources: ReadonlyMap<string, string>, stage: string): string[] {
  const problems: string[] = [];
  for (const d of ds) {
    if (d.code === 'E-internal') problems.push(`${stage}: internal error: ${d.message}`);
    if (!/^E-[a-z]+$/.test(d.code)) problems.push(`${stage}: bad code ${d.code}`);
    if (!d.message || /undefined|NaN|\[object /.test(d.message)) problems.push(`${stage}: bad message: ${d.message}`);
    const text = sources.get(d.span.file);
    if (text !== undefined) for (const p of spanProblems(d.span, text, d.span.file)) problems.push(`${stage}: "${d.message}": ${p}`);
  }
  return problems;
}

/** Load, check and elaborate `text` as `file`; every exception is a problem. */
function runFrontEnd(text: string, file: string, out: Outcome): void {
  let program: LoadedProgram;
  try {
    program = loadSource(text, file);
  } catch (e) {
    out.problems.push(`load threw: ${e instanceof Error ? e.stack : String(e)}`);
    return;
  }
  out.diagnostics += program.diagnostics.length;
  out.problems.push(...diagnosticProblems(program.diagnostics, program.sources, 'load'));
  for (const method of ['forward', 'loss']) {
    try {
      const typed = methodArgTypes(program, { method, dims: { B: 2, T: 3 } });
      out.problems.push(...diagnosticProblems(typed.diagnostics, program.sources, `${method} types`));
      const r = elaborate(program, { method, args: typed.args ?? FALLBACK_ARGS[method]! });
      out.problems.push(...diagnosticProblems(r.diagnostics, program.sources, method));
      out.diagnostics += r.diagnostics.length;
      if (r.graph) out.graphs++;
      if (!r.graph && r.diagnostics.every((d) => d.severity !== 'error')) out.problems.push(`${method}: neither a graph nor an error`);
    } catch (e) {
      out.problems.push(`${method} threw: ${e instanceof Error ? e.stack : String(e)}`);
    }
  }
}

/** One mutant: as a file's bytes (the loader's text check first), and, when those are not text, as the lossily decoded text too. */
function checkMutant(bytes: Uint8Array, file: string): Outcome {
  const out: Outcome = { problems: [], graphs: 0, diagnostics: 0, binary: false };
  let text: string;
  try {
    text = decodeSource(bytes, file);
  } catch (e) {
    if (!(e instanceof NotTextError)) {
      out.problems.push(`decodeSource threw: ${e instanceof Error ? e.stack : String(e)}`);
      return out;
    }
    out.binary = true;
    const where = new TextDecoder().decode(bytes.subarray(0, e.byteOffset)).split('\n');
    const line = where.length;
    const col = where[line - 1]!.replace(/^\uFEFF/, line === 1 ? '' : '\uFEFF').length + 1;
    if (bytes[e.byteOffset] !== e.byte || e.line !== line || e.col !== col || !/^not a text file \(byte 0x[0-9a-f]{2} at \d+:\d+ is (a NUL byte|not valid UTF-8)\)$/.test(e.message)) {
      out.problems.push(`bad binary report: ${e.message} (byte ${bytes[e.byteOffset]} at ${e.byteOffset}, expected ${line}:${col})`);
    }
    runFrontEnd(new TextDecoder().decode(bytes), file, out);
    return out;
  }
  runFrontEnd(text, file, out);
  return out;
}

function runBatch(batch: number): { failures: string[]; graphs: number; binary: number; withDiagnostics: number } {
  const random = prng(SEED + batch * 7919);
  const failures: string[] = [];
  let graphs = 0;
  let binary = 0;
  let withDiagnostics = 0;
  for (let n = 0; n < PER_TEST; n++) {
    const source = random() < 0.75 ? models[n % models.length]! : corpus[n % corpus.length]!;
    let bytes: Uint8Array = source.bytes;
    const mutations = 1 + Math.floor(random() * 3);
    for (let m = 0; m < mutations; m++) bytes = mutate(bytes, random);
    const outcome = checkMutant(bytes, source.name.replace(/\.loom$/, '.mutant.loom'));
    if (outcome.graphs > 0) graphs++;
    if (outcome.binary) binary++;
    if (outcome.diagnostics > 0) withDiagnostics++;
    if (outcome.problems.length > 0 && failures.length < 5) {
      failures.push(`batch ${batch} mutant ${n} of ${source.name}:\n${JSON.stringify(new TextDecoder().decode(bytes))}\n  ${outcome.problems.slice(0, 5).join('\n  ')}`);
    }
  }
  return { failures, graphs, binary, withDiagnostics };
}

describe(`character-level fuzzing of loading, parsing and elaboration (${TESTS} × ${PER_TEST} mutants, seed ${SEED})`, () => {
  test('the corpus holds the examples and the standard library, and each elaborates or reports cleanly', () => {
    expect(corpus.map((f) => f.name)).toEqual(expect.arrayContaining(['dsl-examples/gpt.loom', 'dsl-examples/llama.loom', 'compiler/std/nn.loom', 'compiler/std/functional.loom']));
    for (const f of models) {
      const outcome = checkMutant(f.bytes, f.name);
      expect(outcome.problems, f.name).toEqual([]);
      expect(outcome.graphs, f.name).toBe(2);
    }
  });

  test('the checks can fail: an internal error, a span past the end and a bad binary report are caught', () => {
    const sources = new Map([['a.loom', 'x']]);
    const span = { file: 'a.loom', line: 1, col: 1, endLine: 1, endCol: 3, start: 0, end: 2 };
    expect(diagnosticProblems([{ severity: 'error', code: 'E-internal', message: 'boom', span }], sources, 's')).toEqual([
      's: internal error: boom',
      's: "boom": offsets 0..2',
    ]);
    expect(checkMutant(Uint8Array.of(0x66, 0x00), 'b.loom')).toMatchObject({ binary: true, problems: [] });
  });

  for (let batch = 0; batch < TESTS; batch++) {
    test(`batch ${batch + 1}: ${PER_TEST} mutants end in a graph or in diagnostics`, () => {
      const { failures, graphs, binary, withDiagnostics } = runBatch(batch);
      expect(failures, failures.join('\n\n')).toEqual([]);
      // The mix covers every outcome: binary files, broken programs and programs that still elaborate.
      expect(binary).toBeGreaterThan(PER_TEST / 20);
      expect(withDiagnostics).toBeGreaterThan(PER_TEST / 4);
      expect(graphs).toBeGreaterThan(PER_TEST / 20);
    });
  }
});
