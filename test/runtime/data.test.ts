import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BYTE_VOCAB_SIZE, BatchSampler, decodeBytes, encodeText, fixedBatches, loadMobyDick, loadText, mobyDickFiles, splitTrainVal,
} from '../../runtime/data.ts';

describe('Moby-Dick corpus', () => {
  const text = new TextDecoder().decode(loadText());

  it('is the whole book in reading order', () => {
    expect(text.startsWith('ETYMOLOGY. (Supplied by a Late Consumptive Usher to a Grammar School.)\n\n')).toBe(true);
    expect(text.endsWith('only found another orphan.\n')).toBe(true);
    const positions = [text.indexOf('EXTRACTS. (Supplied by a Sub-Sub-Librarian).')];
    for (let i = 1; i <= 135; i++) positions.push(text.indexOf(`CHAPTER ${i}. `));
    positions.push(text.indexOf('Epilogue "AND I ONLY AM ESCAPED ALONE TO TELL THEE"'));
    expect(positions.every((p, i) => p > 0 && (i === 0 || p > positions[i - 1]!))).toBe(true);
    expect(text).toContain('CHAPTER 1. Loomings.\n\nCall me Ishmael.');
    expect(text).not.toContain('CONTENTS');
  });

  it('is about 1.2 MB of UTF-8 with sections separated by blank lines', () => {
    const bytes = loadMobyDick();
    expect(bytes.length).toBe(1_216_415);
    expect(text).toContain('Erromangoan.\n\nEXTRACTS.');
    expect(text).not.toContain('\r');
    expect(mobyDickFiles()).toHaveLength(138);
  });

  it('reports an incomplete data directory', () => {
    const dir = mkdtempSync(join(tmpdir(), 'loom-md-'));
    try {
      writeFileSync(join(dir, 'etymology.txt'), 'x\n');
      expect(() => loadMobyDick(dir)).toThrow(`Moby-Dick corpus in ${dir} is incomplete: missing extracts.txt, chapter_1.txt, chapter_2.txt and 134 more (1 files present)`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('text files', () => {
  let dir: string;
  beforeAll(() => { dir = mkdtempSync(join(tmpdir(), 'loom-data-')); });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads UTF-8 bytes verbatim', () => {
    const path = join(dir, 't.txt');
    writeFileSync(path, 'héllo\n');
    expect([...loadText(path)]).toEqual([0x68, 0xc3, 0xa9, 0x6c, 0x6c, 0x6f, 0x0a]);
  });

  it('gives clear errors for missing, empty and directory paths', () => {
    const empty = join(dir, 'empty.txt');
    writeFileSync(empty, '');
    const sub = join(dir, 'sub');
    mkdirSync(sub);
    expect(() => loadText(join(dir, 'nope.txt'))).toThrow(`text file ${join(dir, 'nope.txt')} does not exist`);
    expect(() => loadText(empty)).toThrow(`text file ${empty} is empty`);
    expect(() => loadText(sub)).toThrow(`text file ${sub} is a directory, expected a file`);
  });

  it('encodes and decodes bytes, tolerating invalid UTF-8 in generated text', () => {
    expect(decodeBytes(encodeText('Call me Ishmael — ok'))).toBe('Call me Ishmael — ok');
    expect(decodeBytes([0x61, 0xff, 0x62])).toBe('a\ufffdb');
    expect(BYTE_VOCAB_SIZE).toBe(256);
  });
});

describe('splitTrainVal', () => {
  const bytes = Uint8Array.from({ length: 1005 }, (_, i) => i % 256);

  it('holds out the last fraction, contiguously', () => {
    const { train, val } = splitTrainVal(bytes);
    expect(train.length).toBe(905);
    expect(val.length).toBe(100);
    expect([...train, ...val]).toEqual([...bytes]);
    expect(splitTrainVal(bytes, 0).val.length).toBe(0);
    expect(splitTrainVal(bytes, 0.5).val.length).toBe(502);
  });

  it('rejects fractions outside [0, 1)', () => {
    expect(() => splitTrainVal(bytes, 1)).toThrow('splitTrainVal: valFraction must be in [0, 1), got 1');
    expect(() => splitTrainVal(bytes, -0.1)).toThrow(/valFraction/);
    expect(() => splitTrainVal(bytes, Number.NaN)).toThrow(/valFraction/);
  });
});

describe('BatchSampler', () => {
  const data = Uint8Array.from({ length: 500 }, (_, i) => (i * 7) % 256);

  it('returns windows with targets shifted by one', () => {
    const sampler = new BatchSampler(data, 4, 16, 1);
    const b = sampler.next();
    expect(b.tokens).toBeInstanceOf(Float32Array);
    expect(b.targets).toHaveLength(64);
    expect(b.offsets).toHaveLength(4);
    b.offsets.forEach((off, r) => {
      expect(off).toBeGreaterThanOrEqual(0);
      expect(off + 16 + 1).toBeLessThanOrEqual(data.length);
      for (let t = 0; t < 16; t++) {
        expect(b.tokens[r * 16 + t]).toBe(data[off + t]);
        expect(b.targets[r * 16 + t]).toBe(data[off + t + 1]);
      }
    });
    expect(Array.from(b.tokensI32)).toEqual(Array.from(b.tokens));
    expect(Array.from(b.targetsI32)).toEqual(Array.from(b.targets));
  });

  it('is deterministic per seed and resumable with skip', () => {
    const a = new BatchSampler(data, 3, 8, 42);
    const b = new BatchSampler(data, 3, 8, 42);
    const c = new BatchSampler(data, 3, 8, 43);
    const first = [a.next(), a.next(), a.next()];
    expect([b.next(), b.next(), b.next()].map((x) => x.offsets)).toEqual(first.map((x) => x.offsets));
    expect(c.next().offsets).not.toEqual(first[0]!.offsets);
    const resumed = new BatchSampler(data, 3, 8, 42);
    resumed.skip(2);
    expect(resumed.next().offsets).toEqual(first[2]!.offsets);
    expect(resumed.batchesDrawn).toBe(3);
  });

  it('reaches both ends of the data', () => {
    const small = Uint8Array.from({ length: 12 }, (_, i) => i);
    const sampler = new BatchSampler(small, 64, 8, 5);
    const seen = new Set<number>();
    for (let i = 0; i < 10; i++) sampler.next().offsets.forEach((o) => seen.add(o));
    expect([...seen].sort((x, y) => x - y)).toEqual([0, 1, 2, 3]);
  });

  it('works on text of exactly ctx + 1 bytes and explains when it is shorter', () => {
    expect(new BatchSampler(data.subarray(0, 17), 2, 16, 0).next().offsets).toEqual([0, 0]);
    expect(() => new BatchSampler(data.subarray(0, 16), 2, 16, 0)).toThrow(
      'BatchSampler: the text has 16 bytes but a context of 16 needs at least 17 (ctx + 1 for the shifted targets)');
    expect(() => new BatchSampler(data, 0, 16, 0)).toThrow('BatchSampler: batch must be a positive integer, got 0');
    expect(() => new BatchSampler(data, 2, 1.5, 0)).toThrow('BatchSampler: ctx must be a positive integer, got 1.5');
  });
});

describe('fixedBatches', () => {
  const data = Uint8Array.from({ length: 101 }, (_, i) => i);

  it('spreads windows evenly from the start to the end of the data', () => {
    const batches = fixedBatches(data, 2, 10, 3);
    expect(batches).toHaveLength(3);
    // 6 windows over starts 0..90.
    expect(batches.flatMap((b) => b.offsets)).toEqual([0, 18, 36, 54, 72, 90]);
    expect(Array.from(batches[2]!.targets.subarray(10))).toEqual(Array.from({ length: 10 }, (_, i) => 91 + i));
    expect(fixedBatches(data, 2, 10, 3)).toEqual(batches);
    expect(fixedBatches(data, 1, 10, 1)[0]!.offsets).toEqual([0]);
  });

  it('validates its arguments', () => {
    expect(() => fixedBatches(data, 2, 10, 0)).toThrow('fixedBatches: count must be a positive integer, got 0');
    expect(() => fixedBatches(data.subarray(0, 5), 2, 10, 1)).toThrow(/fixedBatches: the text has 5 bytes but a context of 10 needs at least 11/);
  });
});
