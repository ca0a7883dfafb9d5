// loom — the command-line entry point. Each command lives in cli/commands/.
import { UsageError } from './args.ts';
import { DiagnosticsError } from '../runtime/model.ts';

const USAGE = `loom — a declarative model-graph compiler

usage:
  loom check <file.loom>                     check a program; diagnostics, exit 1 on error
  loom graph <file.loom> [--method M] [--train] [--set k=v]
                                             print the graph IR, parameter count and FLOPs per token
  loom stats <file.loom> [--json] [--batch N] [--set k=v]
                                             kernels, bytes moved, FLOPs and peak memory, fused and unfused
  loom train <file.loom> [--data F] [--steps N] [--stop-at N] [--out ckpt] [--resume ckpt] [--batch N] [--ctx N]
                         [--lr X] [--seed N] [--backend reference] [--sample] [--set k=v]
  loom generate <file.loom> --ckpt F --prompt S [--length N] [--temperature X] [--top-k N] [--seed N]
  loom eval <file.loom> --weights W.safetensors --inputs I.safetensors --out O.safetensors [--grads]
  loom compile <file.loom> --target js|webgpu -o DIR [--batch N] [--ctx N] [--forward-batch N] [--set k=v]
                                             a bundle: typed TypeScript module, kernel sources, manifest.json
  loom kernels <file.loom> [--target js|webgpu] [--program forward|train] [--source NAME]
                                             one line per kernel (name, kind, source, buffers), or one kernel's source
`;

const commands: Record<string, () => Promise<{ run(argv: string[]): Promise<number> }>> = {
  check: () => import('./commands/check.ts'),
  graph: () => import('./commands/graph.ts'),
  stats: () => import('./commands/stats.ts'),
  train: () => import('./commands/train.ts'),
  generate: () => import('./commands/generate.ts'),
  eval: () => import('./commands/eval.ts'),
  compile: () => import('./commands/compile.ts'),
  kernels: () => import('./commands/kernels.ts'),
};

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(USAGE);
    return name ? 0 : 1;
  }
  const load = commands[name];
  if (!load) {
    process.stderr.write(`loom: unknown command "${name}"\n\n${USAGE}`);
    return 1;
  }
  try {
    return await (await load()).run(rest);
  } catch (e) {
    if (e instanceof DiagnosticsError) {
      process.stderr.write(`${e.message}\n`);
      return 1;
    }
    if (e instanceof UsageError || (e instanceof TypeError && 'code' in e && String(e.code).startsWith('ERR_PARSE_ARGS'))) {
      process.stderr.write(`loom ${name}: ${e.message}\n`);
      return 2;
    }
    process.stderr.write(`loom ${name}: ${e instanceof Error ? e.message : String(e)}\n`);
    if (process.env.LOOM_DEBUG && e instanceof Error) process.stderr.write(`${e.stack}\n`);
    return 1;
  }
}

process.exitCode = await main(process.argv.slice(2));
