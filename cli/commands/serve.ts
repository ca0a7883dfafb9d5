// loom serve: serves `loom build` packages and loom's demo page (load with a
// progress bar, streamed generation on WebGPU or the js fallback, tokens/s
// and time to first token) over HTTP on this machine; the server is
// compiler/emit/demo/server.ts. It runs until interrupted (Ctrl-C).
import * as fs from 'node:fs';
import { intFlag, UsageError, type CliIo, type CommandSpec, type ParsedArgs } from '../args.ts';

export const spec: CommandSpec = {
  name: 'serve',
  summary: 'Serve `loom build` packages and a demo page that generates text with them in the browser (WebGPU, or js where there is no adapter) (docs/emit.md).',
  synopsis: '<dir> [--port N] [--host H]',
  positionals: [{ name: '<dir>', description: 'a `loom build` package, or a folder of them (e.g. dist/gpt with webgpu/ and js/); *.safetensors files there are the weights' }],
  options: [
    { name: 'port', type: 'option', value: 'N', description: 'the port to listen on (default 8080; 0 picks a free one)' },
    { name: 'host', type: 'option', value: 'H', description: 'the address to listen on (default 127.0.0.1: this machine only; 0.0.0.0 for every interface)' },
  ],
  notes: 'Open the printed URL in a browser with WebGPU. Query parameters: backend=auto|webgpu|js, weights=URL|none, prompt=…, maxTokens=N, temperature=T, topK=K, seed=N, autorun=1.',
};

export async function run(args: ParsedArgs, io: CliIo): Promise<number> {
  const dir = args.positionals[0]!;
  if (dir === '' || !fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) throw new UsageError(`${dir || '<dir>'}: no such directory`);
  const port = intFlag(args.str('port'), 'port', 8080, 0, 65535);
  const host = args.str('host') ?? '127.0.0.1';
  if (host === '') throw new UsageError('--host must not be empty');
  const { listServed, serveDemo } = await import('../../compiler/emit/demo/server.ts');
  let listing;
  try {
    listing = listServed(dir);
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  let server;
  try {
    server = await serveDemo({ root: dir, port, host });
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    if (err.code === 'EADDRINUSE') throw new Error(`port ${port} on ${host} is in use; pass --port N (0 picks a free one)`);
    if (err.code === 'EADDRNOTAVAIL' || err.code === 'ENOTFOUND') throw new Error(`cannot listen on ${host}: ${err.code}`);
    throw e;
  }
  const packages = listing.packages.map((p) => `${p.target} ${p.name} (${p.url})`).join(', ');
  io.stderr.write(`serving ${dir}: ${packages}; weights: ${listing.weights.join(', ') || 'none (the page uses initParams)'}\n`);
  io.stdout.write(`${server.url}\n`);
  await new Promise<void>((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  await server.close();
  return 0;
}
