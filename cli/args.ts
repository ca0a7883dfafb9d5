// Shared argument handling for the loom CLI: one option parser for every
// command (so `--help`, unknown options and missing values read the same
// everywhere), value parsers with messages that say what was expected, and
// the checks on user-named files that run before any work starts.
//
// Exit codes (docs/cli.md): a UsageError is exit 2 (the command line is
// wrong: it can be told from the arguments and the file system alone, and
// nothing was done); every other error is exit 1.
import { MAX_SOURCE_BYTES } from '../compiler/elaborate/load.ts';
import { checkRegularFile, checkWritableDir, checkWritablePath, FileError } from '../compiler/io/files.ts';
import type { ConfigValue } from '../compiler/model.ts';

export class UsageError extends Error {
  override name = 'UsageError';
  /** Whether to point at `loom <command> --help` after the message. */
  readonly hint: boolean;
  constructor(message: string, opts: { hint?: boolean } = {}) {
    super(message);
    this.hint = opts.hint ?? false;
  }
}

// ------------------------------------------------------------ output streams

/** Where a command writes; the process's streams, or string buffers in tests. */
export interface CliOutput {
  write(chunk: string | Uint8Array): unknown;
  isTTY?: boolean;
  columns?: number;
}

export interface CliIo {
  stdout: CliOutput;
  stderr: CliOutput;
}

export const processIo: CliIo = { stdout: process.stdout, stderr: process.stderr };

// ------------------------------------------------------------ option parsing

export interface OptionSpec {
  /** Long name without the dashes. */
  readonly name: string;
  /** One letter, for `-o`-style use. */
  readonly short?: string;
  /** A flag takes no value; an option takes one (`--steps 5` or `--steps=5`). */
  readonly type: 'flag' | 'option';
  /** May be given more than once; the values are collected in order. */
  readonly multiple?: boolean;
  /** The value's placeholder in the help, e.g. N, FILE, DIR. */
  readonly value?: string;
  /** One line for `--help`. */
  readonly description: string;
}

export interface CommandSpec {
  readonly name: string;
  /** One line for `loom --help`. */
  readonly summary: string;
  /** The synopsis after `loom <name>`, e.g. `<file.loom> --ckpt FILE --prompt TEXT [options]`. */
  readonly synopsis: string;
  /** Positional arguments, in order; every one is required. */
  readonly positionals: readonly { name: string; description: string }[];
  readonly options: readonly OptionSpec[];
  /** Extra paragraphs at the end of the help. */
  readonly notes?: string;
}

const HELP: OptionSpec = { name: 'help', short: 'h', type: 'flag', description: 'show this help and exit' };

export class ParsedArgs {
  constructor(
    readonly command: string,
    readonly positionals: readonly string[],
    private readonly values: ReadonlyMap<string, readonly string[]>,
    private readonly flags: ReadonlySet<string>,
  ) {}

  /** The value of an option; the last one when it was given more than once. */
  str(name: string): string | undefined {
    const v = this.values.get(name);
    return v === undefined ? undefined : v[v.length - 1];
  }

  /** Every value of a repeatable option, in order. */
  list(name: string): string[] {
    return [...(this.values.get(name) ?? [])];
  }

  flag(name: string): boolean {
    return this.flags.has(name);
  }

  /** Whether an option or flag appeared on the command line. */
  has(name: string): boolean {
    return this.values.has(name) || this.flags.has(name);
  }
}

/**
 * Parses `argv` (the arguments after the command name) against `spec`.
 * Returns 'help' when --help/-h appears anywhere before `--`, even among
 * other mistakes. An option's value is the next argument whatever it looks
 * like (so `--steps -5` reaches validation), unless it is a long option
 * (`--x`): write `--prompt=--x` for that.
 */
export function parseCommandLine(spec: CommandSpec, argv: readonly string[]): ParsedArgs | 'help' {
  const end = argv.indexOf('--');
  if ((end === -1 ? argv : argv.slice(0, end)).some((a) => a === '--help' || a === '-h')) return 'help';
  const options = [...spec.options, HELP];
  const byName = new Map(options.map((o) => [o.name, o]));
  const byShort = new Map(options.filter((o) => o.short).map((o) => [o.short!, o]));
  const values = new Map<string, string[]>();
  const flags = new Set<string>();
  const positionals: string[] = [];
  const fail = (msg: string): never => { throw new UsageError(msg, { hint: true }); };
  const show = (o: OptionSpec): string => (o.short ? `-${o.short}/--${o.name}` : `--${o.name}`);

  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (i === end) {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    let spec1: OptionSpec | undefined;
    let inline: string | undefined;
    if (arg.startsWith('--') && arg.length > 2) {
      const eq = arg.indexOf('=');
      const name = eq === -1 ? arg.slice(2) : arg.slice(2, eq);
      inline = eq === -1 ? undefined : arg.slice(eq + 1);
      spec1 = byName.get(name);
      if (!spec1) fail(`unknown option --${name}${suggest(name, options.map((o) => o.name))}`);
    } else if (arg.startsWith('-') && arg.length > 1 && !/^-[\d.]/.test(arg)) {
      const letter = arg.slice(1, 2);
      spec1 = byShort.get(letter);
      if (!spec1) fail(`unknown option ${arg}`);
      if (arg.length > 2) {
        if (spec1!.type === 'flag') fail(`unknown option ${arg} (${show(spec1!)} takes no value)`);
        inline = arg.slice(2);
      }
    } else {
      positionals.push(arg);
      continue;
    }
    const o = spec1!;
    if (o.type === 'flag') {
      if (inline !== undefined) fail(`${show(o)} is a flag and takes no value, got "${arg}"`);
      flags.add(o.name);
      continue;
    }
    let value = inline;
    if (value === undefined) {
      const next = argv[i + 1];
      if (next === undefined || i + 1 === end || (next.startsWith('--') && next.length > 2)) {
        fail(`${show(o)} needs a value${o.value ? ` (${o.value})` : ''}`);
      }
      value = next!;
      i++;
    }
    const list = values.get(o.name) ?? [];
    list.push(value);
    values.set(o.name, list);
  }

  const want = spec.positionals;
  if (positionals.length < want.length) {
    fail(`missing ${want[positionals.length]!.name}`);
  }
  if (positionals.length > want.length) {
    const extra = positionals.slice(want.length);
    fail(`unexpected argument${extra.length > 1 ? 's' : ''} ${extra.map((a) => JSON.stringify(a)).join(' ')}` +
      ` (loom ${spec.name} takes ${want.length === 1 ? `one ${want[0]!.name}` : `${want.length} arguments`})`);
  }
  return new ParsedArgs(spec.name, positionals, values, flags);
}

function suggest(name: string, names: readonly string[]): string {
  const close = names.filter((n) => editDistance(n, name) <= Math.max(1, Math.floor(n.length / 4)));
  return close.length ? ` (did you mean --${close[0]}?)` : '';
}

function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 3) return 99;
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cur = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = cur;
    }
  }
  return row[b.length]!;
}

/** The text of `loom <command> --help`. */
export function commandHelp(spec: CommandSpec): string {
  const rows: [string, string][] = [];
  for (const p of spec.positionals) rows.push([p.name, p.description]);
  const opts = [...spec.options, HELP];
  const optRows: [string, string][] = opts.map((o) => [
    `${o.short ? `-${o.short}, ` : '    '}--${o.name}${o.type === 'option' ? ` ${o.value ?? 'VALUE'}` : ''}`,
    o.description + (o.multiple ? ' (repeatable)' : ''),
  ]);
  const width = Math.min(30, Math.max(...[...rows, ...optRows].map(([l]) => l.length))) + 2;
  const fmt = ([l, d]: [string, string]) => `  ${l.length >= width ? `${l}\n  ${' '.repeat(width)}` : l.padEnd(width)}${d}`;
  return `usage: loom ${spec.name} ${spec.synopsis}\n\n${spec.summary}\n\n` +
    (rows.length ? `arguments:\n${rows.map(fmt).join('\n')}\n\n` : '') +
    `options:\n${optRows.map(fmt).join('\n')}\n` +
    (spec.notes ? `\n${spec.notes.trimEnd()}\n` : '');
}

// ------------------------------------------------------------ values

/** `--set dim=128 --set bias=false` → { dim: 128, bias: false }; a repeated name: the last one counts. */
export function parseConfig(sets: readonly string[] | undefined): Record<string, ConfigValue> {
  const out: Record<string, ConfigValue> = {};
  for (const s of sets ?? []) {
    const eq = s.indexOf('=');
    if (eq <= 0) throw new UsageError(`--set expects name=value, got "${s}"`);
    const key = s.slice(0, eq);
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(key)) throw new UsageError(`--set ${s}: "${key}" is not a hyperparameter name`);
    const raw = s.slice(eq + 1);
    out[key] = raw === 'true' ? true : raw === 'false' ? false : raw !== '' && Number.isFinite(Number(raw)) ? Number(raw) : raw;
  }
  return out;
}

const show = (v: string): string => (v === '' ? 'an empty value' : /\s/.test(v) ? JSON.stringify(v) : v);

function describeMin(min: number, kind: 'integer' | 'number'): string {
  if (min === 1 && kind === 'integer') return 'a positive integer';
  if (min === 0) return `a non-negative ${kind}`;
  return `${kind === 'integer' ? 'an integer' : 'a number'} ≥ ${min}`;
}

/** A decimal integer in [min, max]; `dflt` when the option is absent. */
export function intFlag(v: string | undefined, name: string, dflt: number, min = 1, max = Number.MAX_SAFE_INTEGER): number {
  if (v === undefined) return dflt;
  const expected = max === Number.MAX_SAFE_INTEGER ? describeMin(min, 'integer') : `an integer from ${min} to ${max}`;
  if (!/^[+-]?\d+$/.test(v)) throw new UsageError(`--${name} must be ${expected}, got ${show(v)}`);
  const n = Number(v);
  if (!Number.isSafeInteger(n) || n < min || n > max) throw new UsageError(`--${name} must be ${expected}, got ${show(v)}`);
  return n === 0 ? 0 : n; // no -0
}

/** A finite decimal number ≥ min (> min when `exclusive`); `dflt` when absent. */
export function numFlag(v: string | undefined, name: string, dflt: number, min = 0, opts: { exclusive?: boolean } = {}): number {
  if (v === undefined) return dflt;
  const expected = opts.exclusive ? (min === 0 ? 'a positive number' : `a number > ${min}`) : describeMin(min, 'number');
  if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(v)) throw new UsageError(`--${name} must be ${expected}, got ${show(v)}`);
  const n = Number(v);
  if (!Number.isFinite(n)) throw new UsageError(`--${name} must be ${expected}, got ${show(v)} (too large)`);
  if (opts.exclusive ? n <= min : n < min) throw new UsageError(`--${name} must be ${expected}, got ${show(v)}`);
  return n === 0 ? 0 : n;
}

/** One of `choices`; `dflt` when absent. */
export function choiceFlag<T extends string>(v: string | undefined, name: string, choices: readonly T[], dflt: T): T {
  if (v === undefined) return dflt;
  if (!(choices as readonly string[]).includes(v)) {
    throw new UsageError(`--${name} must be one of ${choices.join(', ')}, got ${show(v)}`);
  }
  return v as T;
}

const SIZE_UNITS: Record<string, number> = {
  b: 1, kb: 1e3, mb: 1e6, gb: 1e9, tb: 1e12, kib: 2 ** 10, mib: 2 ** 20, gib: 2 ** 30, tib: 2 ** 40,
};

/** A size in bytes: `4GiB`, `512MiB`, `1.5GB`, `1000000` (plain bytes); undefined when absent. */
export function sizeFlag(v: string | undefined, name: string): number | undefined {
  if (v === undefined) return undefined;
  const m = /^(\d+(?:\.\d+)?)\s*([a-zA-Z]*)$/.exec(v.trim());
  const unit = m ? SIZE_UNITS[m[2]!.toLowerCase() || 'b'] : undefined;
  if (!m || unit === undefined) {
    throw new UsageError(`--${name} must be a size such as 4GiB, 512MiB, 2GB or a number of bytes, got ${show(v)}`);
  }
  const bytes = Math.floor(Number(m[1]) * unit);
  if (!(bytes >= 1) || !Number.isSafeInteger(bytes)) throw new UsageError(`--${name} must be at least 1 byte and at most 8 PiB, got ${show(v)}`);
  return bytes;
}

export function requireFlag(v: string | undefined, name: string): string {
  if (v === undefined) throw new UsageError(`--${name} is required`, { hint: true });
  if (v === '') throw new UsageError(`--${name} must not be empty`);
  return v;
}

// ------------------------------------------------------------ files

/** The largest model source accepted: the loader's (and parser's) cap. */
export { MAX_SOURCE_BYTES };
/** The largest safetensors file read (weights, inputs, checkpoints): Node reads at most 2 GiB into one buffer. */
export { MAX_FILE_BYTES as MAX_SAFETENSORS_BYTES } from '../runtime/safetensors.ts';
/** The largest training corpus (held in memory whole). */
export { MAX_CORPUS_BYTES } from '../runtime/data.ts';

/** Runs a file check; its FileError becomes a usage error (exit 2): the path on the command line is wrong. */
function asUsage<T>(check: () => T): T {
  try {
    return check();
  } catch (e) {
    if (e instanceof FileError) throw new UsageError(e.message);
    throw e;
  }
}

/** An input file: exists, is a regular file, is at most `maxBytes`. */
export function inputFile(file: string, what: string, maxBytes: number): string {
  if (file === '') throw new UsageError(`${what}: the path is empty`);
  asUsage(() => checkRegularFile(file, { what, maxBytes }));
  return file;
}

/** An output file: its directory exists or can be created, on a writable, real file system. */
export function outputFile(file: string, what: string): string {
  if (file === '') throw new UsageError(`${what}: the path is empty`);
  asUsage(() => checkWritablePath(file, what));
  return file;
}

/** An output directory: exists as a directory or can be created, on a writable, real file system. */
export function outputDir(dir: string, what: string): string {
  if (dir === '') throw new UsageError(`${what}: the path is empty`);
  asUsage(() => checkWritableDir(dir, what));
  return dir;
}

/**
 * The model file: the one positional, a regular file of at most
 * MAX_SOURCE_BYTES (the loader's cap). Its contents (UTF-8 text, no NUL
 * bytes) are checked by the loader, which reports a binary file as one
 * diagnostic (compiler/elaborate/load.ts).
 */
export function modelFile(args: { positionals: readonly string[] }): string {
  return inputFile(args.positionals[0]!, 'model source', MAX_SOURCE_BYTES);
}

