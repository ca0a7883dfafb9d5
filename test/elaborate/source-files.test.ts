// Model source files as loadProgram reads them: only regular files within
// MAX_SOURCE_BYTES, checked before anything is read (a FIFO would block
// forever, /dev/zero would fill the memory), and only text: a binary file is
// one diagnostic at its first bad byte instead of thousands of token errors.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { formatDiagnostics } from '../../compiler/diagnostics.ts';
import { elaborate } from '../../compiler/elaborate/elaborate.ts';
import { decodeSource, firstInvalidUtf8, loadProgram, MAX_SOURCE_BYTES, NotTextError } from '../../compiler/elaborate/load.ts';
import { f32 } from './helpers.ts';

const dir = mkdtempSync(join(tmpdir(), 'loom-sources-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const MODEL = 'model M() {\n  forward(x: [2]) = x\n}\n';
const fifo = join(dir, 'pipe.loom');
execFileSync('mkfifo', [fifo]);
mkdirSync(join(dir, 'folder.loom'));

/** The formatted load diagnostics of `file`. */
function loadErrors(file: string): string {
  const p = loadProgram(file);
  return formatDiagnostics(p.diagnostics, p.sources);
}

function write(name: string, content: string | Uint8Array): string {
  const file = join(dir, name);
  writeFileSync(file, content);
  return file;
}

describe('only regular files are read', () => {
  test('a FIFO as the model file is a diagnostic, and nothing blocks', () => {
    expect(loadErrors(fifo)).toBe(`${fifo}:1:1: error: model source ${fifo} is not a regular file (a FIFO, socket or device cannot be read as one)`);
  });

  test('/dev/zero as the model file', () => {
    expect(loadErrors('/dev/zero')).toBe('/dev/zero:1:1: error: model source /dev/zero is not a regular file (a FIFO, socket or device cannot be read as one)');
  });

  test('a directory as the model file', () => {
    const folder = join(dir, 'folder.loom');
    expect(loadErrors(folder)).toBe(`${folder}:1:1: error: model source ${folder} is a directory, not a file`);
  });

  test('a FIFO, a device and a directory as imports: each reported at its import, the rest loads', () => {
    const main = write('imports.loom', `import "pipe.loom"\nimport "/dev/zero"\nimport "folder.loom"\nimport std.nn\n${MODEL}`);
    const p = loadProgram(main);
    expect(formatDiagnostics(p.diagnostics, p.sources)).toBe(
      [
        `${main}:1:1: error: imported module ${fifo} is not a regular file (a FIFO, socket or device cannot be read as one)`,
        '1 | import "pipe.loom"',
        '  | ^~~~~~~~~~~~~~~~~~',
        `${main}:2:1: error: imported module /dev/zero is not a regular file (a FIFO, socket or device cannot be read as one)`,
        '2 | import "/dev/zero"',
        '  | ^~~~~~~~~~~~~~~~~~',
        `${main}:3:1: error: imported module ${join(dir, 'folder.loom')} is a directory, not a file`,
        '3 | import "folder.loom"',
        '  | ^~~~~~~~~~~~~~~~~~~~',
      ].join('\n'),
    );
    expect([...p.modules.keys()]).toContain('compiler/std/nn.loom');
    expect(elaborate(p, { method: 'forward', args: { x: f32(2) } }).graph).toBeUndefined();
  });

  test('a file over the size cap is refused from its size, before it is read', () => {
    const big = write('big.loom', '');
    truncateSync(big, MAX_SOURCE_BYTES + 2 ** 20); // sparse: no disk space, no reading
    expect(MAX_SOURCE_BYTES).toBe(16 * 2 ** 20);
    expect(loadErrors(big)).toBe(`${big}:1:1: error: model source ${big} is 17.0 MiB; the limit is 16.0 MiB`);
  });

  test('a missing file keeps its message', () => {
    const missing = join(dir, 'nope.loom');
    expect(loadErrors(missing)).toBe(`${missing}:1:1: error: cannot read ${missing} (looked at ${missing})`);
  });
});

describe('only text is parsed', () => {
  test('a NUL byte: one diagnostic at its line and column, no code frame of binary data', () => {
    const file = write('nul.loom', Buffer.concat([Buffer.from('fn é'), Buffer.from([0]), Buffer.from('x\n'.repeat(1000))]));
    expect(loadErrors(file)).toBe(`${file}:1:5: error: not a text file (byte 0x00 at 1:5 is a NUL byte)`);
  });

  test('invalid UTF-8 on a later line, after multi-byte characters', () => {
    const file = write('latin1.loom', Buffer.concat([Buffer.from('# héllo €\nfn f(x) = x  # 𝔸\n# caf'), Buffer.from([0xe9]), Buffer.from(' au lait\n')]));
    expect(loadErrors(file)).toBe(`${file}:3:6: error: not a text file (byte 0xe9 at 3:6 is not valid UTF-8)`);
  });

  test('a binary import is reported in that file; an actual binary (random bytes) is one diagnostic', () => {
    const bytes = Uint8Array.from({ length: 4096 }, (_, i) => (i * 2654435761) >>> 24);
    write('blob.loom', bytes);
    const main = write('uses-blob.loom', `import "blob.loom"\n${MODEL}`);
    const p = loadProgram(main);
    expect(p.diagnostics).toHaveLength(1);
    expect(p.diagnostics[0]).toMatchObject({ code: 'E-lex', span: { file: join(dir, 'blob.loom') } });
    expect(p.diagnostics[0]!.message).toMatch(/^not a text file \(byte 0x[0-9a-f]{2} at 1:\d+ is (a NUL byte|not valid UTF-8)\)$/);
    expect(p.sources.has(join(dir, 'blob.loom'))).toBe(false);
  });

  test('a byte order mark is dropped; text files load and elaborate as before', () => {
    const file = write('bom.loom', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(MODEL)]));
    const p = loadProgram(file);
    expect(p.diagnostics).toEqual([]);
    expect(p.sources.get(file)).toBe(MODEL);
    expect(elaborate(p, { method: 'forward', args: { x: f32(2) } }).graph?.nodes).toHaveLength(1);
  });

  test('decodeSource: the first bad byte of each kind of malformed UTF-8', () => {
    const cases: [number[], number][] = [
      [[0x61, 0x80], 1], // a continuation byte with no lead
      [[0x61, 0xc0, 0xaf], 1], // overlong
      [[0xe0, 0x80, 0x80], 0], // overlong three-byte
      [[0xed, 0xa0, 0x80], 0], // a surrogate
      [[0xf4, 0x90, 0x80, 0x80], 0], // past U+10FFFF
      [[0x61, 0x62, 0xe2, 0x82], 2], // cut short
      [[0xf8, 0x88, 0x80, 0x80, 0x80], 0], // five bytes
      [[0xe2, 0x82, 0xac, 0xf0, 0x9d, 0x94, 0xb8, 0xc3, 0xa9], -1], // € 𝔸 é: fine
    ];
    for (const [bytes, bad] of cases) expect(firstInvalidUtf8(Uint8Array.from(bytes)), JSON.stringify(bytes)).toBe(bad);
    let thrown: unknown;
    try {
      decodeSource(Uint8Array.from([0x0a, 0x0a, 0x20, 0x00]), 'x.loom');
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(NotTextError);
    expect(thrown).toMatchObject({ byte: 0, byteOffset: 3, offset: 3, line: 3, col: 2, message: 'not a text file (byte 0x00 at 3:2 is a NUL byte)' });
    expect(decodeSource(Uint8Array.from([0xc3, 0xa9, 0x0a]), 'x.loom')).toBe('é\n');
  });
});
