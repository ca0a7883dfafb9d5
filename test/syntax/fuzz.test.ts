// Fuzzing the parser with mutants of real programs: every `.loom` file under
// dsl-examples/ and compiler/std/ (whatever exists when the test runs) plus
// the fixtures here. Tokens are dropped, duplicated, swapped and replaced,
// characters inserted, lines deleted, files truncated. For every mutant the
// parser must return (no throw, no internal error), every diagnostic must
// point inside the file, and the partial AST must be well-formed. A hang
// fails the test through vitest's timeout; timings live in bench/parse.ts.
//
// Deterministic: a seeded PRNG. LOOM_FUZZ_SEED / LOOM_FUZZ_COUNT explore more.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import type { Expr, FnItem } from '../../compiler/syntax/ast.ts';
import { loomLexer } from '../../compiler/syntax/lexer.ts';
import { parse } from '../../compiler/syntax/index.ts';
import { astProblems, spanProblems } from './helpers.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const SEED = Number(process.env.LOOM_FUZZ_SEED ?? 20240611);
const MUTANTS = Number(process.env.LOOM_FUZZ_COUNT ?? 2000);
/** Longer files are mutated a window at a time, so the run time does not grow with the corpus. */
const WINDOW_LINES = 150;

function loomFilesUnder(dir: string): string[] {
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    return []; // the folder does not exist (yet)
  }
  return entries.flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return loomFilesUnder(path);
    return name.endsWith('.loom') ? [path] : [];
  });
}

const corpus = [join(root, 'dsl-examples'), join(root, 'compiler/std'), join(root, 'test/syntax/fixtures')]
  .flatMap(loomFilesUnder)
  .map((path) => ({ name: relative(root, path), text: readFileSync(path, 'utf8') }));

/** mulberry32: small, fast, good enough to pick mutations. */
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

/** Tokens and characters a mutation may insert: the whole vocabulary plus things that are not loom at all. */
const vocabulary = [
  'import', 'block', 'model', 'fn', 'param', 'let', 'if', 'then', 'else', 'for', 'in', 'return', 'repeat',
  'true', 'false', 'None', 'and', 'or', 'not', 'x', 'Linear', 'forward', '3', '1e-5', '0.5', '"s"', '"unterminated',
  '+', '-', '*', '/', '//', '%', '**', '@', '<', '<=', '>', '>=', '==', '!=', '=', '->', '.', '..', '...',
  ',', ':', ';', '(', ')', '[', ']', '{', '}', '\n', '# comment\n',
];
const strayCharacters = '$?!^&|~`\'\\"#\t\r\n{}[]()é€\u0000';

/** The whole text, or WINDOW_LINES lines of it starting at a top-level line (an item, comment or blank). */
function window(text: string, random: () => number): string {
  const lines = text.split('\n');
  if (lines.length <= WINDOW_LINES) return text;
  const starts = lines.flatMap((line, i) => (/^[^\s}]/.test(line) && i + WINDOW_LINES / 2 < lines.length ? [i] : []));
  const from = starts.length > 0 ? starts[Math.floor(random() * starts.length)]! : 0;
  return lines.slice(from, from + WINDOW_LINES).join('\n');
}

interface Span { start: number; end: number }

function tokenSpans(text: string): Span[] {
  return loomLexer.tokenize(text).tokens.map((t) => ({ start: t.startOffset, end: t.endOffset! + 1 }));
}

function mutate(text: string, random: () => number): string {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
  const tokens = tokenSpans(text);
  if (tokens.length < 2) return text + pick(vocabulary);
  const i = Math.floor(random() * (tokens.length - 1));
  const t = tokens[i]!;
  const u = tokens[i + 1]!;
  switch (Math.floor(random() * 8)) {
    case 0: // drop a token
      return text.slice(0, t.start) + text.slice(t.end);
    case 1: // duplicate a token
      return text.slice(0, t.end) + ' ' + text.slice(t.start, t.end) + text.slice(t.end);
    case 2: // swap two neighbouring tokens
      return text.slice(0, t.start) + text.slice(u.start, u.end) + text.slice(t.end, u.start) + text.slice(t.start, t.end) + text.slice(u.end);
    case 3: // replace a token
      return text.slice(0, t.start) + pick(vocabulary) + text.slice(t.end);
    case 4: // insert a token between two
      return text.slice(0, t.end) + ' ' + pick(vocabulary) + ' ' + text.slice(t.end);
    case 5: { // insert a stray character anywhere
      const at = Math.floor(random() * (text.length + 1));
      return text.slice(0, at) + pick([...strayCharacters]) + text.slice(at);
    }
    case 6: { // delete a line
      const lines = text.split('\n');
      lines.splice(Math.floor(random() * lines.length), 1);
      return lines.join('\n');
    }
    default: // truncate
      return text.slice(0, Math.floor(random() * text.length));
  }
}

interface Verdict {
  /** What is wrong with the parser's answer; empty when all is well. */
  problems: string[];
  diagnostics: number;
}

function checkMutant(text: string): Verdict {
  const file = 'mutant.loom';
  let result: ReturnType<typeof parse>;
  try {
    result = parse(text, file);
  } catch (e) {
    return { problems: [`parse threw: ${e instanceof Error ? e.stack : String(e)}`], diagnostics: 0 };
  }
  const problems: string[] = [];
  for (const d of result.diagnostics) {
    if (d.code === 'E-internal') problems.push(`internal error: ${d.message}`);
    if (d.severity !== 'error' || !['E-lex', 'E-parse', 'E-limit'].includes(d.code)) problems.push(`unexpected diagnostic ${d.code}`);
    if (!d.message || /-->|undefined|NaN|\bToken\b/.test(d.message)) problems.push(`bad message: ${d.message}`);
    for (const p of spanProblems(d.span, text, file)) problems.push(`diagnostic "${d.message}": ${p}`);
  }
  for (let k = 1; k < result.diagnostics.length; k++) {
    if (result.diagnostics[k - 1]!.span.start > result.diagnostics[k]!.span.start) problems.push('diagnostics out of order');
  }
  problems.push(...astProblems(result.program, text));
  return { problems, diagnostics: result.diagnostics.length };
}

describe('fuzzing the parser', () => {
  test('the checks can fail: a malformed AST and a bad span are caught', () => {
    const text = 'fn f() = g(1)';
    const { program } = parse(text, 'mutant.loom');
    const missing = structuredClone(program);
    (missing.items[0] as FnItem).body = { kind: 'expr', expr: undefined as unknown as Expr };
    expect(astProblems(missing, text)).not.toEqual([]);
    const shifted = structuredClone(program);
    shifted.items[0]!.span.col += 1;
    expect(astProblems(shifted, text)).not.toEqual([]);
    expect(spanProblems({ ...program.span, end: text.length + 1 }, text, 'mutant.loom')).not.toEqual([]);
  });

  test('the corpus holds the fixtures and whatever example programs exist', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(4);
    for (const { name, text } of corpus) expect(checkMutant(text).problems, name).toEqual([]);
  });

  test(`${MUTANTS} mutants (seed ${SEED}): no throw, valid spans, well-formed ASTs`, () => {
    const random = prng(SEED);
    const failures: string[] = [];
    let withDiagnostics = 0;
    for (let n = 0; n < MUTANTS; n++) {
      const source = corpus[n % corpus.length]!;
      let text = window(source.text, random);
      const mutations = 1 + Math.floor(random() * 3);
      for (let m = 0; m < mutations; m++) text = mutate(text, random);
      const { problems, diagnostics } = checkMutant(text);
      if (diagnostics > 0) withDiagnostics++;
      if (problems.length > 0 && failures.length < 5) {
        failures.push(`mutant ${n} of ${source.name}:\n${JSON.stringify(text)}\n  ${problems.slice(0, 5).join('\n  ')}`);
      }
    }
    expect(failures, failures.join('\n\n')).toEqual([]);
    // Most mutants break the program; the point is that each break is caught.
    expect(withDiagnostics).toBeGreaterThan(MUTANTS / 2);
  });
});
