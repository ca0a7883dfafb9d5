// `loom serve`: a static file server (node:http, no dependency) for `loom
// build` packages and the demo page that runs them in a browser
// (docs/emit.md, "The demo page").
//
// The served directory is one package, or a folder of packages (e.g.
// dist/gpt/webgpu and dist/gpt/js, so that the page can fall back to the js
// build where there is no WebGPU adapter). Its files are served as they are;
// the demo page comes from loom's own files (this folder) at `/` and
// `/__loom/…`, so any built package can be served, old ones included, and
// the package itself carries nothing browser-specific. `/__loom/packages.json`
// tells the page which packages (target, URL) and weight files exist.
//
// Cross-origin isolation headers (COOP/COEP) are sent on every response so
// that the page may use SharedArrayBuffer and precise timers; requests are
// confined to the served directory (no `..`, no symlink out of it).
import * as fs from 'node:fs';
import * as http from 'node:http';
import * as path from 'node:path';
import type { AddressInfo } from 'node:net';

/** The demo page's own files, served under `/` (index.html) and `/__loom/`. */
const DEMO_DIR = import.meta.dirname;
const DEMO_FILES: Readonly<Record<string, string>> = {
  '/': 'index.html',
  '/index.html': 'index.html',
  '/__loom/demo.js': 'demo.js',
};
export const PACKAGES_URL = '/__loom/packages.json';

/** Content types by extension; anything else is application/octet-stream. */
const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wgsl': 'text/wgsl; charset=utf-8',
  '.ts': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.cu': 'text/plain; charset=utf-8',
  '.ptx': 'text/plain; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.safetensors': 'application/octet-stream',
  '.wasm': 'application/wasm',
};

export function contentType(file: string): string {
  return MIME_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/** Sent with every response. */
const COMMON_HEADERS: Readonly<Record<string, string>> = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'X-Content-Type-Options': 'nosniff',
  // A rebuilt package must be picked up on reload.
  'Cache-Control': 'no-cache',
};

/** A `loom build` package found in the served directory. */
export interface ServedPackage {
  /** URL path of the package directory, relative to the page: `./` or `./webgpu/`. */
  readonly url: string;
  readonly name: string;
  readonly target: string;
  readonly model: string;
}

/** What the demo page reads from /__loom/packages.json. */
export interface ServedListing {
  readonly packages: readonly ServedPackage[];
  /** Weights in the served directory and its package directories (safetensors files, or shard indexes), as page-relative URLs. */
  readonly weights: readonly string[];
}

/** The package in `dir` (a package.json with a `loom` field, as `loom build` writes), or undefined. */
function readPackage(dir: string, url: string): ServedPackage | undefined {
  let pkg: { name?: unknown; loom?: { target?: unknown }; description?: unknown };
  try {
    pkg = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8'));
  } catch {
    return undefined;
  }
  if (typeof pkg.loom?.target !== 'string') return undefined;
  let model = String(pkg.name);
  try {
    model = String((JSON.parse(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as { model?: unknown }).model ?? model);
  } catch { /* a package without its manifest still runs */ }
  return { url, name: String(pkg.name), target: pkg.loom.target, model };
}

/** The weights in `dir`: its shard indexes (`*.safetensors.index.json`) if it has any (not their shards, which hold a part each), else its safetensors files. */
function weightsIn(dir: string, url: string): string[] {
  const files = fs.readdirSync(dir, { withFileTypes: true }).filter((e) => e.isFile()).map((e) => e.name).sort();
  const indexes = files.filter((f) => f.endsWith('.safetensors.index.json'));
  return (indexes.length > 0 ? indexes : files.filter((f) => f.endsWith('.safetensors'))).map((f) => `${url}${encodeURIComponent(f)}`);
}

/** The packages and weight files under `root` (the package itself, or its immediate subfolders). */
export function listServed(root: string): ServedListing {
  const self = readPackage(root, './');
  const packages = self ? [self] : fs.readdirSync(root, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort()
    .flatMap((name) => readPackage(path.join(root, name), `./${encodeURIComponent(name)}/`) ?? []);
  if (packages.length === 0) {
    throw new Error(`${root} is not a loom package (no package.json with a "loom" field, as \`loom build\` writes) and none of its subfolders is one`);
  }
  const weights = [
    ...weightsIn(root, './'),
    ...(self ? [] : packages.flatMap((p) => weightsIn(path.join(root, decodeURIComponent(p.url.slice(2, -1))), p.url))),
  ];
  return { packages, weights };
}

/**
 * The file under `root` that a request path names, or why there is none:
 * 400 for a malformed path, 403 for one that leaves `root` (`..`, an
 * absolute or encoded escape, a symlink pointing out), 404 otherwise.
 */
export function resolveRequest(root: string, urlPath: string): { file: string } | { status: 400 | 403 | 404 } {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return { status: 400 };
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return { status: 400 };
  // Each `..` segment is refused outright rather than normalised away: no legitimate package URL has one.
  if (decoded.split('/').some((s) => s === '..')) return { status: 403 };
  const realRoot = fs.realpathSync(root);
  const candidate = path.resolve(realRoot, `.${decoded}`);
  if (!inside(realRoot, candidate)) return { status: 403 };
  let real: string;
  try {
    real = fs.realpathSync(candidate);
  } catch {
    return { status: 404 };
  }
  if (!inside(realRoot, real)) return { status: 403 };
  if (!fs.statSync(real).isFile()) return { status: 404 };
  return { file: real };
}

const inside = (root: string, p: string): boolean => p === root || p.startsWith(root + path.sep);

export interface ServeOptions {
  readonly root: string;
  /** 0 picks a free port. Default 8080. */
  readonly port?: number;
  /** Default 127.0.0.1 (this machine only). */
  readonly host?: string;
}

export interface DemoServer {
  /** The demo page's URL. */
  readonly url: string;
  readonly listing: ServedListing;
  close(): Promise<void>;
}

/** Serves `root` and the demo page; resolves once listening. The listing is checked first (not a package: an error). */
export async function serveDemo(options: ServeOptions): Promise<DemoServer> {
  const root = path.resolve(options.root);
  if (!fs.existsSync(root) || !fs.statSync(root).isDirectory()) throw new Error(`${options.root} is not a directory`);
  const listing = listServed(root);
  const server = http.createServer((req, res) => handle(root, req, res));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 8080, options.host ?? '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    url: `http://${host === '0.0.0.0' || host === '[::]' ? 'localhost' : host}:${address.port}/`,
    listing,
    close: () => new Promise<void>((resolve, reject) => {
      server.closeAllConnections();
      server.close((e) => (e ? reject(e) : resolve()));
    }),
  };
}

function handle(root: string, req: http.IncomingMessage, res: http.ServerResponse): void {
  for (const [k, v] of Object.entries(COMMON_HEADERS)) res.setHeader(k, v);
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.setHeader('Allow', 'GET, HEAD');
    return send(res, 405, `${req.method} is not supported; this server only reads files\n`);
  }
  const urlPath = (req.url ?? '/').split(/[?#]/, 1)[0]!;
  if (urlPath === PACKAGES_URL) {
    // Listed afresh on every request: a package built while the server runs is found on reload.
    let body: string;
    try {
      body = `${JSON.stringify(listServed(root), null, 2)}\n`;
    } catch (e) {
      return send(res, 500, `${(e as Error).message}\n`);
    }
    res.setHeader('Content-Type', contentType('.json'));
    return send(res, 200, body, req.method === 'HEAD');
  }
  const demo = DEMO_FILES[urlPath];
  const found = demo !== undefined ? { file: path.join(DEMO_DIR, demo) } : resolveRequest(root, urlPath);
  if ('status' in found) {
    const reason = { 400: 'malformed path', 403: 'outside the served directory', 404: 'not found' }[found.status];
    return send(res, found.status, `${urlPath}: ${reason}\n`);
  }
  const size = fs.statSync(found.file).size;
  res.writeHead(200, { 'Content-Type': contentType(found.file), 'Content-Length': size });
  if (req.method === 'HEAD') return void res.end();
  fs.createReadStream(found.file).on('error', () => res.destroy()).pipe(res);
}

function send(res: http.ServerResponse, status: number, body: string, headOnly = false): void {
  if (!res.hasHeader('Content-Type')) res.setHeader('Content-Type', 'text/plain; charset=utf-8');
  res.writeHead(status, { 'Content-Length': Buffer.byteLength(body) });
  res.end(headOnly ? undefined : body);
}
