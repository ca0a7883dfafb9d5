// runtime/tokenizer.ts against the ids a reference encoder gives
// (scripts/interop_fixtures.py: GPT-2's bpe() and bytes_to_unicode, and the
// SentencePiece-style BPE of Hugging Face's Llama tokenizer.json with byte
// fallback), on the two tiny tokenizer.json files the script writes.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { root } from '../cli/helpers.ts';
import { byteTokenizer, bytesToUnicode, parseTokenizer } from '../../runtime/tokenizer.ts';
import { loadTokenizer } from '../../runtime/tokenizer-file.ts';

const fixtures = path.join(root, 'test', 'fixtures', 'interop');
const cases = (name: string) => JSON.parse(fs.readFileSync(path.join(fixtures, `tokenizer-${name}.cases.json`), 'utf8')) as { text: string; ids: number[] }[];
const streamed = (tok: ReturnType<typeof loadTokenizer>, ids: number[], from = 0) =>
  new TextDecoder().decode(Buffer.concat(ids.map((id, k) => tok.tokenBytes(id, from + k))));

describe('GPT-2 byte-level BPE (tokenizer-gpt2.json)', () => {
  const tok = loadTokenizer(path.join(fixtures, 'tokenizer-gpt2.json'));
  it('has the vocabulary size of the file: 256 bytes + 60 merges + <|endoftext|>', () => {
    expect(tok.kind).toBe('bpe');
    expect(tok.vocabSize).toBe(317);
  });
  it.each(cases('gpt2'))('encodes $text as the reference does', ({ text, ids }) => {
    expect(tok.encode(text)).toEqual(ids);
  });
  it.each(cases('gpt2'))('decodes $text back, whole and streamed token by token', ({ text, ids }) => {
    expect(tok.decode(ids)).toBe(text);
    expect(streamed(tok, ids)).toBe(text);
  });
  it('merges make multi-byte tokens: fewer ids than bytes', () => {
    const text = 'Call me Ishmael. It\'s a way I have of driving off the spleen';
    expect(tok.encode(text).length).toBeLessThan(Buffer.byteLength(text) / 2);
  });
  it('bytes_to_unicode maps printable bytes to themselves and the rest above U+00FF', () => {
    const t = bytesToUnicode();
    expect(t[0x41]).toBe('A');
    expect(t[0x20]).toBe('Ġ'); // GPT-2's space
    expect(t[0x0a]).toBe('Ċ'); // and newline
    expect(new Set(t).size).toBe(256);
  });
});

describe('Llama / SentencePiece-style BPE (tokenizer-llama.json)', () => {
  const tok = loadTokenizer(path.join(fixtures, 'tokenizer-llama.json'));
  it.each(cases('llama'))('encodes $text as the reference does (BOS first, ▁ for spaces, <0xNN> for unknown characters)', ({ text, ids }) => {
    expect(tok.encode(text)).toEqual(ids);
    expect(ids[0]).toBe(1);
  });
  it.each(cases('llama'))('decodes $text back without its BOS, whole and streamed', ({ text, ids }) => {
    expect(tok.decode(ids.slice(1))).toBe(text);
    expect(streamed(tok, ids.slice(1))).toBe(text);
  });
  it('a continuation keeps its leading space (only the start of the text drops the one the normalizer added)', () => {
    const ids = tok.encode(' me', { special: false });
    expect(streamed(tok, ids, 5)).toBe('  me');
    expect(streamed(tok, ids, 0)).toBe(' me');
  });
  it('é is not in the vocabulary: its two UTF-8 bytes are byte tokens', () => {
    const ids = tok.encode('é', { special: false });
    expect(ids.slice(-2)).toEqual([3 + 0xc3, 3 + 0xa9]); // <0xC3> <0xA9>: ids 3 + byte
  });
});

describe('the same tokenizers written with other components give the same ids', () => {
  const read = (name: string) => JSON.parse(fs.readFileSync(path.join(fixtures, `tokenizer-${name}.json`), 'utf8')) as Record<string, unknown>;
  it('Llama with a Metaspace pre-tokenizer and decoder (newer tokenizer.json files) instead of the Prepend/Replace normalizer', () => {
    const tok = parseTokenizer({
      ...read('llama'), normalizer: null,
      pre_tokenizer: { type: 'Metaspace', replacement: '▁', prepend_scheme: 'first', split: false },
      decoder: { type: 'Sequence', decoders: [{ type: 'Metaspace', replacement: '▁', prepend_scheme: 'first', split: false }, { type: 'ByteFallback' }, { type: 'Fuse' }] },
    }, 'metaspace.json');
    const all = cases('llama');
    for (const { text, ids } of all.filter((c) => !c.text.startsWith(' '))) {
      expect(tok.encode(text)).toEqual(ids);
      expect(tok.decode(ids.slice(1))).toBe(text);
    }
    // As in tokenizers' Metaspace: no ▁ is prepended to a text that already starts with one (a space), where the
    // legacy Prepend normalizer always adds it: one ▁ fewer.
    const lead = all.find((c) => c.text.startsWith('  '))!;
    const llama = loadTokenizer(path.join(fixtures, 'tokenizer-llama.json'));
    expect(tok.encode(lead.text)).toEqual(llama.encode(lead.text.slice(1)));
  });
  it('GPT-2 with its regex as a Split pre-tokenizer and ByteLevel without a regex (the Llama 3 arrangement)', () => {
    const tok = parseTokenizer({
      ...read('gpt2'),
      pre_tokenizer: { type: 'Sequence', pretokenizers: [
        { type: 'Split', pattern: { Regex: "'s|'t|'re|'ve|'m|'ll|'d| ?\\p{L}+| ?\\p{N}+| ?[^\\s\\p{L}\\p{N}]+|\\s+(?!\\S)|\\s+" }, behavior: 'Isolated', invert: false },
        { type: 'ByteLevel', add_prefix_space: false, use_regex: false },
      ] },
    }, 'split.json');
    for (const { text, ids } of cases('gpt2')) expect(tok.encode(text)).toEqual(ids);
  });
  it('ignore_merges takes a piece that is itself a token whole', () => {
    const base = read('gpt2');
    const model = base.model as { vocab: Record<string, number>; merges: string[] };
    // " Xyzzy" (with GPT-2's space Ġ) as one token that no merge sequence reaches
    const vocab = { ...model.vocab, 'ĠXyzzy': 400 };
    const plain = parseTokenizer({ ...base, model: { ...model, vocab } }, 'plain.json');
    const whole = parseTokenizer({ ...base, model: { ...model, vocab, ignore_merges: true } }, 'whole.json');
    expect(plain.encode(' Xyzzy').length).toBe(6);
    expect(whole.encode(' Xyzzy')).toEqual([400]);
  });
});

describe('errors name the component', () => {
  const base = JSON.parse(fs.readFileSync(path.join(fixtures, 'tokenizer-gpt2.json'), 'utf8')) as Record<string, unknown>;
  it('an unsupported model, pre-tokenizer or decoder', () => {
    expect(() => parseTokenizer({ ...base, model: { type: 'Unigram', vocab: [] } }, 't.json')).toThrow('tokenizer t.json: model type "Unigram" is not supported (only BPE)');
    expect(() => parseTokenizer({ ...base, pre_tokenizer: { type: 'BertPreTokenizer' } }, 't.json'))
      .toThrow('tokenizer t.json: "pre_tokenizer": pre-tokenizer type "BertPreTokenizer" is not supported (Sequence, ByteLevel, Metaspace, Split are)');
    expect(() => parseTokenizer({ ...base, decoder: { type: 'WordPiece' } }, 't.json')).toThrow('"decoder": decoder type "WordPiece" is not supported');
  });
  it('a merge whose result is not in the vocabulary', () => {
    const model = { ...(base.model as Record<string, unknown>) };
    model.merges = [(model.merges as string[])[0], 'q z'];
    expect(() => parseTokenizer({ ...base, model }, 't.json')).toThrow('model.merges[1] makes "qz", which is not in the vocabulary');
  });
});

describe('byte-level default', () => {
  it('ids are the UTF-8 bytes', () => {
    expect(byteTokenizer.encode('hé')).toEqual([104, 195, 169]);
    expect(byteTokenizer.decode([104, 195, 169])).toBe('hé');
    expect(byteTokenizer.vocabSize).toBe(256);
  });
});
