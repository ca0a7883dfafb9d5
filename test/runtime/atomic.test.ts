import { chmodSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempPathFor, writeFileAtomic, type ChunkWriter } from '../../runtime/atomic.ts';

describe('writeFileAtomic', () => {
  let dir: string;
  beforeEach(() => { dir = mkdtempSync(join(tmpdir(), 'loom-atomic-')); });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('creates and replaces a file, leaving no temp files', () => {
    const path = join(dir, 'ckpt.bin');
    writeFileAtomic(path, new Uint8Array([1, 2, 3]));
    expect([...readFileSync(path)]).toEqual([1, 2, 3]);
    writeFileAtomic(path, 'hello');
    expect(readFileSync(path, 'utf8')).toBe('hello');
    expect(readdirSync(dir)).toEqual(['ckpt.bin']);
  });

  it('writes everything when the OS accepts only part of each write', () => {
    const path = join(dir, 'big.bin');
    const bytes = Uint8Array.from({ length: 1000 }, (_, i) => i % 251);
    const threeAtATime: ChunkWriter = (fd, b, offset, length) => writeSync(fd, b, offset, Math.min(3, length));
    writeFileAtomic(path, bytes, { writeChunk: threeAtATime });
    expect(Buffer.from(readFileSync(path)).equals(Buffer.from(bytes))).toBe(true);
  });

  it('keeps the old file when the write fails part-way, and removes the temp file', () => {
    const path = join(dir, 'ckpt.bin');
    writeFileSync(path, 'old contents');
    let calls = 0;
    const failing: ChunkWriter = (fd, b, offset, length) => {
      if (++calls === 2) throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
      return writeSync(fd, b, offset, Math.min(4, length));
    };
    let error: Error | undefined;
    try {
      writeFileAtomic(path, 'new contents that never arrive', { writeChunk: failing });
    } catch (err) {
      error = err as Error;
    }
    expect(error?.message).toBe(`cannot write ${path}: ENOSPC: no space left on device, write`);
    expect((error?.cause as { code?: string }).code).toBe('ENOSPC');
    expect(readFileSync(path, 'utf8')).toBe('old contents');
    expect(readdirSync(dir)).toEqual(['ckpt.bin']);
  });

  it('treats a writer that makes no progress as a failure instead of looping', () => {
    const path = join(dir, 'x.bin');
    expect(() => writeFileAtomic(path, 'abc', { writeChunk: () => 0 })).toThrow(`cannot write ${path}: write returned 0 after 0 of 3 bytes`);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('fails cleanly when the target is a directory', () => {
    const target = join(dir, 'adir');
    mkdirSync(target);
    expect(() => writeFileAtomic(target, 'x')).toThrow(new RegExp(`^cannot write ${target}: `));
    expect(readdirSync(dir)).toEqual(['adir']);
    expect(statSync(target).isDirectory()).toBe(true);
  });

  it('fails clearly when the directory does not exist', () => {
    const target = join(dir, 'missing', 'f.bin');
    expect(() => writeFileAtomic(target, 'x')).toThrow(new RegExp(`^cannot write ${target}: ENOENT`));
  });

  it.skipIf(process.platform === 'win32')('keeps the permission bits of the file it replaces', () => {
    const path = join(dir, 'private.bin');
    writeFileSync(path, 'a');
    chmodSync(path, 0o600);
    writeFileAtomic(path, 'b');
    expect(statSync(path).mode & 0o777).toBe(0o600);
  });

  it('puts temp files next to the target under unique hidden names', () => {
    const a = tempPathFor(join(dir, 'f.bin'));
    const b = tempPathFor(join(dir, 'f.bin'));
    expect(a).not.toBe(b);
    expect(a.startsWith(join(dir, '.f.bin.'))).toBe(true);
    expect(a.endsWith('.tmp')).toBe(true);
  });
});
