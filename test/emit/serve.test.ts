// `loom serve` (compiler/emit/demo/server.ts, cli/commands/serve.ts): a
// static server for built packages plus the demo page. Content types and
// the cross-origin isolation headers, the package listing the page reads,
// and requests that try to leave the served directory (sent raw with
// node:http: fetch would normalise `..` away before sending).
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as http from 'node:http';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentType, listServed, serveDemo, type DemoServer } from '../../compiler/emit/demo/server.ts';
import { loomIn } from '../cli/helpers.ts';
import { root, tempDir } from './helpers.ts';

interface Reply { status: number; headers: http.IncomingHttpHeaders; body: string }

/** GET (or `method`) `rawPath` exactly as written. */
function request(server: DemoServer, rawPath: string, method = 'GET'): Promise<Reply> {
  const { hostname, port } = new URL(server.url);
  return new Promise((resolve, reject) => {
    const req = http.request({ hostname, port, path: rawPath, method }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

/** A folder holding two fake packages (package.json with a `loom` field, as `loom build` writes), weights, and a secret beside it. */
function servedTree(): { dir: string; secret: string } {
  const base = tempDir('loom-serve-');
  const dir = path.join(base, 'dist');
  for (const target of ['webgpu', 'js']) {
    const pkg = path.join(dir, target);
    fs.mkdirSync(path.join(pkg, 'kernels', 'forward'), { recursive: true });
    fs.writeFileSync(path.join(pkg, 'package.json'), JSON.stringify({ name: `tiny-${target}`, loom: { target } }));
    fs.writeFileSync(path.join(pkg, 'manifest.json'), JSON.stringify({ model: 'GPT' }));
    fs.writeFileSync(path.join(pkg, 'index.js'), 'export const x = 1;\n');
  }
  fs.writeFileSync(path.join(dir, 'webgpu', 'kernels', 'forward', 'k0.wgsl'), '@compute @workgroup_size(1) fn main() {}\n');
  fs.writeFileSync(path.join(dir, 'weights.safetensors'), Buffer.from([8, 0, 0, 0, 0, 0, 0, 0, 123, 125, 32, 32, 32, 32, 32, 32]));
  fs.mkdirSync(path.join(dir, 'notes'));
  const secret = path.join(base, 'secret.txt');
  fs.writeFileSync(secret, 'not for the web\n');
  fs.symlinkSync(secret, path.join(dir, 'link.txt'));
  return { dir, secret };
}

describe('loom serve: the server', () => {
  let server: DemoServer;
  let tree: ReturnType<typeof servedTree>;
  beforeAll(async () => {
    tree = servedTree();
    server = await serveDemo({ root: tree.dir, port: 0 });
  });
  afterAll(() => server.close());

  it('serves package files with their content types and cross-origin isolation headers', async () => {
    const cases: [string, string][] = [
      ['/webgpu/index.js', 'text/javascript; charset=utf-8'],
      ['/webgpu/kernels/forward/k0.wgsl', 'text/wgsl; charset=utf-8'],
      ['/js/manifest.json', 'application/json; charset=utf-8'],
      ['/weights.safetensors', 'application/octet-stream'],
      ['/', 'text/html; charset=utf-8'],
      ['/__loom/demo.js', 'text/javascript; charset=utf-8'],
    ];
    for (const [url, type] of cases) {
      const r = await request(server, url);
      expect(r.status, url).toBe(200);
      expect(r.headers['content-type'], url).toBe(type);
      expect(r.headers['cross-origin-opener-policy']).toBe('same-origin');
      expect(r.headers['cross-origin-embedder-policy']).toBe('require-corp');
      expect(Number(r.headers['content-length'])).toBe(Buffer.byteLength(r.body));
    }
    expect((await request(server, '/webgpu/kernels/forward/k0.wgsl')).body).toBe('@compute @workgroup_size(1) fn main() {}\n');
    expect((await request(server, '/')).body).toContain('<script type="module" src="__loom/demo.js"></script>');
    expect((await request(server, '/js/index.js?v=2')).body).toBe('export const x = 1;\n');
    const head = await request(server, '/js/index.js', 'HEAD');
    expect([head.status, head.body, head.headers['content-length']]).toEqual([200, '', '20']);
    expect(contentType('a/b.SAFETENSORS')).toBe('application/octet-stream');
    expect(contentType('kernels/forward.cu')).toBe('text/plain; charset=utf-8');
  });

  it('lists the packages and weights for the page', async () => {
    const r = await request(server, '/__loom/packages.json');
    expect(r.status).toBe(200);
    expect(JSON.parse(r.body)).toEqual({
      packages: [
        { url: './js/', name: 'tiny-js', target: 'js', model: 'GPT' },
        { url: './webgpu/', name: 'tiny-webgpu', target: 'webgpu', model: 'GPT' },
      ],
      weights: ['./weights.safetensors'],
    });
    // A package directory served alone; sharded weights are listed by their index, not shard by shard.
    const pkg = path.join(tree.dir, 'js');
    for (const f of ['model.safetensors.index.json', 'model-00001-of-00002.safetensors', 'model-00002-of-00002.safetensors']) fs.writeFileSync(path.join(pkg, f), '{}');
    expect(listServed(pkg)).toEqual({ packages: [{ url: './', name: 'tiny-js', target: 'js', model: 'GPT' }], weights: ['./model.safetensors.index.json'] });
  });

  it('never serves a file outside the directory', async () => {
    const escapes: [string, number][] = [
      ['/../secret.txt', 403],
      ['/js/../../secret.txt', 403],
      ['/%2e%2e/secret.txt', 403],
      ['/js/%2E%2E/%2e%2e/secret.txt', 403],
      ['/..%2fsecret.txt', 403],
      ['/link.txt', 403], // a symlink out of the directory
      ['/..%5csecret.txt', 400],
      ['/js/index.js%00.html', 400],
      ['/%E0%A4%A', 400],
      [`/${tree.secret}`, 404], // an absolute path is read under the directory
      ['/nothing.js', 404],
      ['/notes', 404], // a directory
    ];
    for (const [url, status] of escapes) {
      const r = await request(server, url);
      expect(r.status, url).toBe(status);
      expect(r.body, url).not.toContain('not for the web');
    }
    expect((await request(server, '/../secret.txt')).body).toBe('/../secret.txt: outside the served directory\n');
    const post = await request(server, '/js/index.js', 'POST');
    expect([post.status, post.headers.allow]).toEqual([405, 'GET, HEAD']);
  });
});

describe('loom serve: the command', () => {
  it('checks its directory and options before listening (exit 2)', async () => {
    const empty = tempDir('loom-serve-empty-');
    const { dir } = servedTree();
    const cases: [string[], string][] = [
      [['serve', path.join(empty, 'missing')], `loom serve: ${path.join(empty, 'missing')}: no such directory\n`],
      [['serve', empty], `loom serve: ${empty} is not a loom package (no package.json with a "loom" field, as \`loom build\` writes) and none of its subfolders is one\n`],
      [['serve', dir, '--port', '70000'], 'loom serve: --port must be an integer from 0 to 65535, got 70000\n'],
      [['serve', dir, '--host', ''], 'loom serve: --host must not be empty\n'],
    ];
    for (const [args, message] of cases) {
      const r = await loomIn(args);
      expect(r.status, args.join(' ')).toBe(2);
      expect(r.stderr).toContain(message);
    }
  });

  it('prints the URL, serves until SIGTERM, exits 0', async () => {
    const { dir } = servedTree();
    const child = spawn(process.execPath, [path.join(root, 'bin', 'loom.js'), 'serve', dir, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr += c));
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout.once('data', (c: Buffer) => resolve(c.toString().trim()));
      child.once('exit', (code) => reject(new Error(`loom serve exited ${code}: ${stderr}`)));
    });
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const listing = await (await fetch(new URL('__loom/packages.json', url))).json() as { packages: unknown[] };
    expect(listing.packages).toHaveLength(2);
    expect(stderr).toBe(`serving ${dir}: js tiny-js (./js/), webgpu tiny-webgpu (./webgpu/); weights: ./weights.safetensors\n`);
    const exit = new Promise<number | null>((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    expect(await exit).toBe(0);
  });
});
