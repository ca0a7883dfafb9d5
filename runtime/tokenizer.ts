// Tokenizers: text ↔ token ids. loom's own models read bytes (the default:
// id = byte, 256 ids); imported checkpoints (docs/interop.md) come with the
// BPE tokenizer they were trained with, as a Hugging Face `tokenizer.json`.
// Two BPE families are covered, by the pieces tokenizer.json is built from:
//   - GPT-2 style byte-level BPE (GPT-2, Llama 3, most newer models): the
//     ByteLevel pre-tokenizer (GPT-2's regex, then every UTF-8 byte as a
//     printable character, bytes_to_unicode) and ByteLevel decoder;
//   - SentencePiece style BPE (Llama 1/2, Mistral): spaces as "▁" (a
//     Prepend/Replace normalizer or a Metaspace pre-tokenizer), characters
//     outside the vocabulary as byte tokens <0xNN> (byte_fallback), the
//     decoder turning both back.
// Merges apply by rank: the adjacent pair with the lowest rank is merged
// everywhere in the word, until no pair has a rank (tokenizers' BPE model).
// A component this file does not implement is refused by name, never
// skipped: a tokenizer that silently encodes differently would go unnoticed.
//
// No imports (TextEncoder and TextDecoder are globals in Node and browsers),
// so bundles can inline it (compiler/emit/inline.ts); reading a file is
// tokenizer-file.ts.

export interface Tokenizer {
  /** "bytes" (ids are UTF-8 bytes) or "bpe" (a tokenizer.json). */
  readonly kind: 'bytes' | 'bpe';
  /** One more than the largest id. */
  readonly vocabSize: number;
  /** Token ids of `text`; with `special` (default true) the post-processor's tokens too (Llama's BOS <s>). */
  encode(text: string, opts?: { special?: boolean }): number[];
  /** The text of `ids` (invalid UTF-8 becomes U+FFFD). */
  decode(ids: readonly number[]): string;
  /**
   * The bytes token `id` adds to the output when it is the `index`-th generated token (0: the first, where a
   * leading space the encoder added is dropped): concatenated, these are decode()'s UTF-8, so text can be
   * streamed token by token even when a character spans tokens.
   */
  tokenBytes(id: number, index: number): Uint8Array;
}

/** ids = bytes: what loom's byte-level models read and `loom generate` uses without --tokenizer. */
export const byteTokenizer: Tokenizer = {
  kind: 'bytes',
  vocabSize: 256,
  encode: (text) => [...new TextEncoder().encode(text)],
  decode: (ids) => new TextDecoder().decode(Uint8Array.from(ids)),
  tokenBytes: (id) => Uint8Array.of(id),
};

type Json = Record<string, unknown>;
type Piece = { text: string; first: boolean };

/** GPT-2's pre-tokenizer pattern (openai/gpt-2 encoder.py; tokenizers' ByteLevel). */
const GPT2_PATTERN = /'s|'t|'re|'ve|'m|'ll|'d| ?\p{L}+| ?\p{N}+| ?[^\s\p{L}\p{N}]+|\s+(?!\S)|\s+/gu;

/** GPT-2's bytes_to_unicode: printable Latin-1 bytes stand for themselves, the others for 256 + n. */
export function bytesToUnicode(): string[] {
  const printable = (b: number) => (b >= 0x21 && b <= 0x7e) || (b >= 0xa1 && b <= 0xac) || (b >= 0xae && b <= 0xff);
  const table: string[] = [];
  let n = 0;
  for (let b = 0; b < 256; b++) table[b] = String.fromCodePoint(printable(b) ? b : 256 + n++);
  return table;
}

const BYTE_TOKEN = /^<0x([0-9A-Fa-f]{2})>$/;
const utf8 = new TextEncoder();

export function parseTokenizer(json: unknown, source: string): Tokenizer {
  const fail = (msg: string): never => { throw new Error(`tokenizer ${source}: ${msg}`); };
  const obj = (v: unknown, where: string): Json => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Json) : fail(`${where} must be an object`));
  const list = (v: unknown, where: string): Json[] => (Array.isArray(v) ? v.map((x, i) => obj(x, `${where}[${i}]`)) : fail(`${where} must be an array`));
  const top = obj(json, 'the file');
  const model = obj(top.model, '"model"');
  if (model.type !== undefined && model.type !== 'BPE') fail(`model type ${JSON.stringify(model.type)} is not supported (only BPE)`);
  if (model.continuing_subword_prefix || model.end_of_word_suffix) fail('BPE with continuing_subword_prefix or end_of_word_suffix is not supported');
  if (model.dropout) fail('BPE dropout is not supported (it samples, encoding would not be deterministic)');

  // ---- the vocabulary, merges and added tokens
  const vocab = new Map<string, number>(Object.entries(obj(model.vocab, 'model.vocab')).map(([k, v]) => [k, Number.isInteger(v) && (v as number) >= 0 ? (v as number) : fail(`model.vocab["${k}"] must be a non-negative integer id`)]));
  const ranks = new Map<string, number>();
  (Array.isArray(model.merges) ? model.merges : fail('model.merges must be an array')).forEach((m: unknown, i: number) => {
    const pair = typeof m === 'string' ? m.split(' ') : m;
    if (!Array.isArray(pair) || pair.length !== 2 || typeof pair[0] !== 'string' || typeof pair[1] !== 'string') fail(`model.merges[${i}] must be "a b" or ["a", "b"]`);
    const [a, b] = pair as [string, string];
    if (!vocab.has(a + b)) fail(`model.merges[${i}] makes "${a + b}", which is not in the vocabulary`);
    ranks.set(`${a}\u0000${b}`, i);
  });
  const added = list(top.added_tokens ?? [], '"added_tokens"').map((t, i) => ({
    id: Number.isInteger(t.id) ? (t.id as number) : fail(`added_tokens[${i}].id must be an integer`),
    content: typeof t.content === 'string' && t.content !== '' ? t.content : fail(`added_tokens[${i}].content must be a non-empty string`),
  }));
  const tokenOf: string[] = [];
  for (const [t, id] of vocab) tokenOf[id] = t;
  for (const a of added) tokenOf[a.id] = a.content;
  const vocabSize = tokenOf.length;
  const addedById = new Map(added.map((a) => [a.id, a.content]));
  const addedByContent = new Map(added.map((a) => [a.content, a.id]));
  // Longest first, so "<|endoftext|>" wins over a shorter token it contains.
  const addedPattern = added.length === 0 ? undefined
    : new RegExp(`(${[...added].sort((a, b) => b.content.length - a.content.length).map((a) => a.content.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})`, 'u');
  const byteFallback = model.byte_fallback === true;
  const unk = typeof model.unk_token === 'string' ? model.unk_token : undefined;
  if (unk !== undefined && !vocab.has(unk)) fail(`model.unk_token "${unk}" is not in the vocabulary`);
  const ignoreMerges = model.ignore_merges === true;

  // ---- normalizer and pre-tokenizer: text → pieces the model encodes separately
  let byteLevel = false;
  const normalizers: ((s: string) => string)[] = [];
  const addNormalizer = (n: Json | null | undefined, where: string): void => {
    if (n === null || n === undefined) return;
    switch (n.type) {
      case 'Sequence': list(n.normalizers, `${where}.normalizers`).forEach((x, i) => addNormalizer(x, `${where}.normalizers[${i}]`)); return;
      case 'Prepend': { const p = String(n.prepend); normalizers.push((s) => (s === '' ? s : p + s)); return; }
      case 'Replace': { const [from, to] = replacePattern(n, where); normalizers.push((s) => s.split(from).join(to)); return; }
      case 'NFC': case 'NFD': case 'NFKC': case 'NFKD': { const form = n.type; normalizers.push((s) => s.normalize(form)); return; }
      default: fail(`${where}: normalizer type ${JSON.stringify(n.type)} is not supported (Sequence, Prepend, Replace, NFC, NFD, NFKC, NFKD are)`);
    }
  };
  const replacePattern = (n: Json, where: string): [string, string] => {
    const p = obj(n.pattern, `${where}.pattern`);
    if (typeof p.String !== 'string') fail(`${where}: only String replace patterns are supported`);
    return [p.String as string, String(n.content)];
  };
  addNormalizer(top.normalizer as Json | null, '"normalizer"');

  const preTokenizers: ((pieces: Piece[]) => Piece[])[] = [];
  const addPre = (p: Json | null | undefined, where: string): void => {
    if (p === null || p === undefined) return;
    switch (p.type) {
      case 'Sequence': list(p.pretokenizers, `${where}.pretokenizers`).forEach((x, i) => addPre(x, `${where}.pretokenizers[${i}]`)); return;
      case 'ByteLevel': {
        byteLevel = true;
        const prefix = p.add_prefix_space === true;
        const regex = p.use_regex !== false;
        preTokenizers.push((pieces) => pieces.flatMap(({ text, first }) => {
          const t = prefix && first && !/^\s/u.test(text) ? ` ${text}` : text;
          return (regex ? t.match(GPT2_PATTERN) ?? [] : [t]).map((s, k) => ({ text: s, first: first && k === 0 }));
        }));
        return;
      }
      case 'Metaspace': {
        const rep = typeof p.replacement === 'string' ? p.replacement : '▁';
        const scheme = typeof p.prepend_scheme === 'string' ? p.prepend_scheme : p.add_prefix_space === false ? 'never' : 'always';
        const split = p.split !== false;
        preTokenizers.push((pieces) => pieces.flatMap(({ text, first }) => {
          let t = text.split(' ').join(rep);
          if ((scheme === 'always' || (scheme === 'first' && first)) && !t.startsWith(rep)) t = rep + t;
          if (!split) return [{ text: t, first }];
          return t.split(new RegExp(`(?=${rep.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')})`, 'u')).filter((s) => s !== '').map((s, k) => ({ text: s, first: first && k === 0 }));
        }));
        return;
      }
      case 'Split': {
        const pat = obj(p.pattern, `${where}.pattern`);
        if (p.invert === true) fail(`${where}: Split with invert is not supported`);
        let re: RegExp;
        try {
          re = typeof pat.Regex === 'string' ? new RegExp(pat.Regex, 'gu') : new RegExp(String(pat.String).replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'gu');
        } catch (e) {
          return fail(`${where}: the pattern does not compile as a JavaScript regular expression (${(e as Error).message})`);
        }
        if (p.behavior !== 'Isolated' && p.behavior !== 'Removed') fail(`${where}: Split behavior ${JSON.stringify(p.behavior)} is not supported (Isolated, Removed are)`);
        const keep = p.behavior === 'Isolated';
        preTokenizers.push((pieces) => pieces.flatMap(({ text, first }) => {
          const out: string[] = [];
          let at = 0;
          for (const m of text.matchAll(re)) {
            if (m[0] === '') continue;
            if (m.index! > at) out.push(text.slice(at, m.index));
            if (keep) out.push(m[0]);
            at = m.index! + m[0].length;
          }
          if (at < text.length) out.push(text.slice(at));
          return out.map((s, k) => ({ text: s, first: first && k === 0 }));
        }));
        return;
      }
      default: fail(`${where}: pre-tokenizer type ${JSON.stringify(p.type)} is not supported (Sequence, ByteLevel, Metaspace, Split are)`);
    }
  };
  addPre(top.pre_tokenizer as Json | null, '"pre_tokenizer"');
  const b2u = bytesToUnicode();
  const u2b = new Map(b2u.map((c, b) => [c, b]));

  // ---- the post-processor: special tokens around the sequence
  let prefixIds: number[] = [], suffixIds: number[] = [];
  const addPost = (p: Json | null | undefined, where: string): void => {
    if (p === null || p === undefined || p.type === 'ByteLevel') return; // ByteLevel only trims offsets
    if (p.type === 'Sequence') return list(p.processors, `${where}.processors`).forEach((x, i) => addPost(x, `${where}.processors[${i}]`));
    if (p.type !== 'TemplateProcessing') fail(`${where}: post-processor type ${JSON.stringify(p.type)} is not supported (TemplateProcessing, ByteLevel, Sequence are)`);
    const specials = obj(p.special_tokens ?? {}, `${where}.special_tokens`);
    let seen = false;
    for (const [i, item] of list(p.single, `${where}.single`).entries()) {
      if (item.Sequence !== undefined) { seen = true; continue; }
      const id = String(obj(item.SpecialToken, `${where}.single[${i}].SpecialToken`).id);
      const ids = (obj(specials[id], `${where}.special_tokens["${id}"]`).ids as number[] | undefined) ?? fail(`${where}.special_tokens["${id}"] has no ids`);
      (seen ? suffixIds : prefixIds).push(...ids);
    }
  };
  addPost(top.post_processor as Json | null, '"post_processor"');

  // ---- the decoder, per token: token text → bytes
  type Step = (parts: (string | Uint8Array)[], index: number) => (string | Uint8Array)[];
  const decoders: Step[] = [];
  let fused = false;
  const addDecoder = (d: Json | null | undefined, where: string): void => {
    if (d === null || d === undefined) return;
    switch (d.type) {
      case 'Sequence': list(d.decoders, `${where}.decoders`).forEach((x, i) => addDecoder(x, `${where}.decoders[${i}]`)); return;
      case 'ByteLevel': decoders.push((parts) => parts.map((p) => (typeof p === 'string' ? Uint8Array.from([...p].flatMap((c) => (u2b.has(c) ? [u2b.get(c)!] : [...utf8.encode(c)]))) : p))); return;
      case 'ByteFallback': decoders.push((parts) => parts.map((p) => (typeof p === 'string' && BYTE_TOKEN.test(p) ? Uint8Array.of(parseInt(BYTE_TOKEN.exec(p)![1]!, 16)) : p))); return;
      case 'Replace': { const [from, to] = replacePattern(d, where); decoders.push((parts) => parts.map((p) => (typeof p === 'string' ? p.split(from).join(to) : p))); return; }
      case 'Fuse': fused = true; return; // bytes concatenate anyway; it makes a later Strip apply to the whole text
      case 'Strip': {
        const content = String(d.content), start = Number(d.start ?? 0);
        if (Number(d.stop ?? 0) !== 0) fail(`${where}: Strip with stop > 0 is not supported (tokens are streamed)`);
        const perToken = !fused;
        decoders.push((parts, index) => (perToken || index === 0 ? parts.map((p, k) => (k === 0 && typeof p === 'string' ? stripStart(p, content, start) : p)) : parts));
        return;
      }
      case 'Metaspace': {
        const rep = typeof d.replacement === 'string' ? d.replacement : '▁';
        const strip = (typeof d.prepend_scheme === 'string' ? d.prepend_scheme : d.add_prefix_space === false ? 'never' : 'always') !== 'never';
        decoders.push((parts, index) => parts.map((p) => {
          if (typeof p !== 'string') return p;
          const t = p.split(rep).join(' ');
          return strip && index === 0 && t.startsWith(' ') ? t.slice(1) : t;
        }));
        return;
      }
      default: fail(`${where}: decoder type ${JSON.stringify(d.type)} is not supported (Sequence, ByteLevel, ByteFallback, Replace, Fuse, Strip, Metaspace are)`);
    }
  };
  addDecoder(top.decoder as Json | null, '"decoder"');

  // ---- BPE on one piece
  const cache = new Map<string, number[]>();
  const bpe = (piece: string): number[] => {
    const cached = cache.get(piece);
    if (cached) return cached;
    let word: string[] = [];
    if (ignoreMerges && vocab.has(piece)) word = [piece];
    else {
      for (const c of piece) {
        if (vocab.has(c)) word.push(c);
        else if (byteFallback) {
          for (const b of utf8.encode(c)) {
            const t = `<0x${b.toString(16).toUpperCase().padStart(2, '0')}>`;
            word.push(vocab.has(t) ? t : unk ?? fail(`cannot encode ${JSON.stringify(c)}: byte token ${t} is not in the vocabulary`));
          }
        } else if (unk !== undefined) {
          if (!(model.fuse_unk === true && word[word.length - 1] === unk)) word.push(unk);
        } else fail(`cannot encode ${JSON.stringify(c)}: it is not in the vocabulary and there is no unk_token`);
      }
      word = mergeByRank(word, ranks);
    }
    const ids = word.map((t) => vocab.get(t) ?? fail(`BPE produced "${t}", which is not in the vocabulary`));
    if (cache.size < 50_000) cache.set(piece, ids);
    return ids;
  };

  const encodeSegment = (text: string, first: boolean): number[] => {
    let s = text;
    for (const n of normalizers) s = n(s);
    let pieces: Piece[] = [{ text: s, first }];
    for (const p of preTokenizers) pieces = p(pieces);
    return pieces.flatMap(({ text: t }) => bpe(byteLevel ? [...utf8.encode(t)].map((b) => b2u[b]!).join('') : t));
  };

  const tokenBytes = (id: number, index: number): Uint8Array => {
    const special = addedById.get(id);
    if (special !== undefined && !vocab.has(special)) return utf8.encode(special);
    const t = tokenOf[id];
    if (t === undefined) throw new Error(`tokenizer ${source}: no token has id ${id} (the vocabulary has ${vocabSize})`);
    let parts: (string | Uint8Array)[] = [t];
    for (const d of decoders) parts = d(parts, index);
    const bytes = parts.map((p) => (typeof p === 'string' ? utf8.encode(p) : p));
    return bytes.length === 1 ? bytes[0]! : concat(bytes);
  };

  return {
    kind: 'bpe',
    vocabSize,
    encode(text, opts = {}) {
      const ids: number[] = [];
      const segments = addedPattern ? text.split(addedPattern) : [text];
      segments.forEach((seg, k) => {
        if (seg === '') return;
        const special = k % 2 === 1 ? addedByContent.get(seg) : undefined;
        if (special !== undefined) ids.push(special);
        else ids.push(...encodeSegment(seg, ids.length === 0));
      });
      return opts.special === false ? ids : [...prefixIds, ...ids, ...suffixIds];
    },
    decode: (ids) => new TextDecoder().decode(concat(ids.map((id, k) => tokenBytes(id, k)))),
    tokenBytes,
  };
}

/** Merges the lowest-ranked adjacent pair everywhere, left to right, until no adjacent pair has a rank. */
function mergeByRank(word: string[], ranks: ReadonlyMap<string, number>): string[] {
  let w = word;
  while (w.length > 1) {
    let best = Infinity, a = '', b = '';
    for (let i = 0; i + 1 < w.length; i++) {
      const r = ranks.get(`${w[i]}\u0000${w[i + 1]}`);
      if (r !== undefined && r < best) [best, a, b] = [r, w[i]!, w[i + 1]!];
    }
    if (best === Infinity) break;
    const next: string[] = [];
    for (let i = 0; i < w.length; i++) {
      if (i + 1 < w.length && w[i] === a && w[i + 1] === b) {
        next.push(a + b);
        i++;
      } else next.push(w[i]!);
    }
    w = next;
  }
  return w;
}

function stripStart(s: string, content: string, n: number): string {
  let t = s;
  for (let k = 0; k < n && t.startsWith(content); k++) t = t.slice(content.length);
  return t;
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
