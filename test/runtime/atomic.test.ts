import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HOST_TAG, processAlive, removeStaleTemps, tempPathFor, writeFileAtomic, type ChunkWriter } from '../../runtime/atomic.ts';

/** The pid of a process that has exited (spawned and waited for). */
function deadPid(): number {
  const r = spawnSync(process.execPath, ['-e', '']);
  expect(r.status).toBe(0);
  expect(processAlive(r.pid)).toBe(false);
  return r.pid;
}

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

  it('puts the pid and a host tag in temp names', () => {
    const t = basename(tempPathFor(join(dir, 'f.bin')));
    expect(t).toMatch(new RegExp(`^\\.f\\.bin\\.${process.pid}@${HOST_TAG}\\.[0-9a-f]{12}\\.tmp$`));
    expect(basename(tempPathFor(join(dir, 'f.bin'), 42))).toMatch(new RegExp(`^\\.f\\.bin\\.42@${HOST_TAG}\\.`));
  });
});

describe('temp files of dead writers', () => {
  let dir: string;
  beforeEach(() => { dir = mkdtempSync(join(tmpdir(), 'loom-atomic-')); });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('are removed by the next write to the same file; live writers, other hosts and other files are left alone', () => {
    const target = join(dir, 'ckpt.safetensors');
    const dead = deadPid();
    const left = {
      dead: basename(tempPathFor(target, dead)),
      deadOldStyle: `.ckpt.safetensors.${dead}.0123456789ab.tmp`, // written before temp names had a host tag
      live: basename(tempPathFor(target, process.ppid)),
      mine: basename(tempPathFor(target)),
      otherHost: `.ckpt.safetensors.${dead}@${HOST_TAG === '00000000' ? '11111111' : '00000000'}.0123456789ab.tmp`,
      otherFile: basename(tempPathFor(join(dir, 'other.safetensors'), dead)),
      notATemp: `.ckpt.safetensors.${dead}.notes.txt`,
    };
    for (const name of Object.values(left)) writeFileSync(join(dir, name), 'partial');
    writeFileAtomic(target, 'new');
    expect(readFileSync(target, 'utf8')).toBe('new');
    const remaining = new Set(readdirSync(dir));
    expect(remaining.has(left.dead)).toBe(false);
    expect(remaining.has(left.deadOldStyle)).toBe(false);
    for (const kept of [left.live, left.mine, left.otherHost, left.otherFile, left.notATemp]) expect(remaining.has(kept), kept).toBe(true);
    expect(remaining.size).toBe(6);
  });

  it('removeStaleTemps asks the liveness check about each pid and reports what it removed', () => {
    const target = join(dir, 'f.bin');
    const a = tempPathFor(target, 1001);
    const b = tempPathFor(target, 1002);
    writeFileSync(a, 'x');
    writeFileSync(b, 'x');
    const asked: number[] = [];
    expect(removeStaleTemps(target, (pid) => { asked.push(pid); return pid === 1002; })).toEqual([a]);
    expect(asked.sort()).toEqual([1001, 1002]);
    expect(existsSync(b)).toBe(true);
    expect(removeStaleTemps(join(dir, 'missing-dir', 'f.bin'))).toEqual([]);
  });

  it.skipIf(process.platform === 'win32')('a writer killed with SIGKILL mid-write leaves a temp file that the next write removes', async () => {
    const target = join(dir, 'ckpt.bin');
    writeFileSync(target, 'good');
    // The child opens its temp file (named as writeFileAtomic names it), writes part of it, and hangs until killed.
    const pattern = tempPathFor(target, 0).replace(`.0@${HOST_TAG}.`, '.PID@' + HOST_TAG + '.');
    const child = spawn(process.execPath, ['-e', `
      const fs = require('node:fs');
      fs.writeFileSync(process.argv[1].replace('PID', String(process.pid)), 'half a checkp');
      process.stdout.write('ready\\n');
      setInterval(() => {}, 1000);
    `, pattern], { stdio: ['ignore', 'pipe', 'inherit'] });
    await new Promise<void>((resolve) => child.stdout!.once('data', () => resolve()));
    child.kill('SIGKILL');
    await new Promise<void>((resolve) => child.once('exit', () => resolve()));
    const leftover = readdirSync(dir).filter((f) => f.endsWith('.tmp'));
    expect(leftover).toEqual([basename(pattern.replace('PID', String(child.pid)))]);
    writeFileAtomic(target, 'next');
    expect(readdirSync(dir)).toEqual(['ckpt.bin']);
    expect(readFileSync(target, 'utf8')).toBe('next');
  });
});
