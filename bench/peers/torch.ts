// The PyTorch peer: bench/peers/pytorch/gpt_train_step.py run by Debian's
// python3-torch, one process per thread count, driven over a line protocol
// so its steps interleave with loom's in one run. Before any timing, the
// peer must agree with loom on the model: the same initial loss and the same
// parameters after one step from the same weights (checked by the caller
// with `identity`).
import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { createInterface } from 'node:readline';
import type { OptimizerConfig } from '../../compiler/autodiff/optimizer.ts';
import { writeSafetensors } from '../../runtime/safetensors.ts';

/** Debian's interpreter, where python3-torch lives (not a pyenv or venv python). */
export const PYTHON = process.env.LOOM_BENCH_PYTHON ?? '/usr/bin/python3';

export interface GptConfig {
  readonly vocab: number;
  readonly ctx: number;
  readonly dim: number;
  readonly depth: number;
  readonly heads: number;
}

export interface PeerInit {
  readonly torch: string;
  readonly blas: string;
  readonly threads: number;
  /** OpenBLAS's thread count after init (openblas_get_num_threads), when the BLAS is OpenBLAS. */
  readonly blasThreads?: number | null;
  readonly numpy?: string;
  readonly python?: string;
  /** Loss of the first step (from the initial weights). */
  readonly loss: number;
  /** The first values of every parameter after that step. */
  readonly params: Readonly<Record<string, number[]>>;
}

type Reply = { ok: true } & Record<string, unknown> | { ok: false; error: string };

/**
 * A Python script of bench/peers/pytorch/ run by Debian's python3-torch as a
 * line-protocol server (one JSON request per line, one reply per line), with
 * its thread count fixed before Python starts.
 */
export class PythonServer {
  private readonly replies: ((r: Reply) => void)[] = [];
  private stderr = '';

  private constructor(private readonly child: ChildProcessWithoutNullStreams) {
    createInterface({ input: child.stdout }).on('line', (line) => this.replies.shift()?.(JSON.parse(line) as Reply));
    child.stderr.on('data', (d: Buffer) => { this.stderr += d.toString(); });
    child.on('exit', (code) => {
      for (const r of this.replies.splice(0)) r({ ok: false, error: `python exited (${code}): ${this.stderr.trim().split('\n').slice(-3).join(' ')}` });
    });
  }

  /**
   * Starts `script` (a file of bench/peers/pytorch/) for `threads` threads.
   * The thread count is set in the environment before Python starts, because
   * OpenBLAS reads it once, at load (OPENBLAS_NUM_THREADS, else
   * OMP_NUM_THREADS), and torch.set_num_threads does not reach a generic
   * BLAS: with OMP_NUM_THREADS=1 a "2-thread" peer would run its matmuls on
   * one thread. The scripts' `init` sets both again (torch.set_num_threads,
   * openblas_set_num_threads).
   */
  static start(script: string, threads = 1): PythonServer {
    const n = String(threads);
    return new PythonServer(spawn(PYTHON, [path.join(import.meta.dirname, 'pytorch', script)], {
      stdio: ['pipe', 'pipe', 'pipe'],
      env: { ...process.env, OMP_NUM_THREADS: n, OPENBLAS_NUM_THREADS: n, MKL_NUM_THREADS: n },
    }));
  }

  call(msg: Record<string, unknown>): Promise<Record<string, unknown>> {
    return new Promise((resolve, reject) => {
      this.replies.push((r) => (r.ok ? resolve(r) : reject(new Error(`PyTorch peer: ${r.error}`))));
      this.child.stdin.write(JSON.stringify(msg) + '\n');
    });
  }

  close(): void {
    this.child.stdin.end(JSON.stringify({ cmd: 'quit' }) + '\n');
  }
}

/** f32 tensors (weights, or inputs with token ids as f32 integers) as a safetensors file a peer script reads. */
export function writeF32Safetensors(file: string, tensors: ReadonlyMap<string, { shape: readonly number[]; data: Float32Array }>): void {
  writeSafetensors(file, new Map([...tensors].map(([name, t]) => [name, { dtype: 'F32' as const, shape: [...t.shape], data: t.data }])));
}

/** Whether Debian's python3-torch can be imported; the reason when not. */
export function torchAvailable(): string | undefined {
  const r = spawnSync(PYTHON, ['-c', 'import torch, numpy'], { stdio: 'ignore' }).status;
  return r === 0 ? undefined : `${PYTHON} cannot import torch and numpy (apt-get install python3-torch libopenblas0-pthread)`;
}

/** The gpt train step's peer (gpt_train_step.py). */
export class TorchPeer {
  private constructor(private readonly server: PythonServer) {}

  /** Whether Debian's python3-torch can be imported; the reason when not. */
  static available(): string | undefined {
    return torchAvailable();
  }

  /** Starts a peer process for `threads` threads (PythonServer.start). */
  static start(threads = 1): TorchPeer {
    return new TorchPeer(PythonServer.start('gpt_train_step.py', threads));
  }

  private call(msg: Record<string, unknown>): Promise<Record<string, unknown>> {
    return this.server.call(msg);
  }

  /**
   * Loads the weights and inputs, builds the optimizer with `threads`
   * threads and runs one step (the identity check's step).
   */
  async init(opts: { weights: ReadonlyMap<string, { shape: readonly number[]; data: Float32Array }>; tokens: Int32Array; targets: Int32Array;
    batch: number; config: GptConfig; optimizer: OptimizerConfig; threads: number }): Promise<PeerInit> {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'loom-torch-peer-'));
    try {
      const weights = path.join(dir, 'weights.safetensors');
      const inputs = path.join(dir, 'inputs.safetensors');
      writeF32Safetensors(weights, opts.weights);
      const shape = [opts.batch, opts.config.ctx];
      writeSafetensors(inputs, { tokens: { dtype: 'I32', shape, data: opts.tokens }, targets: { dtype: 'I32', shape, data: opts.targets } });
      const { decays: _decays, ...optimizer } = opts.optimizer;
      return (await this.call({ cmd: 'init', weights, inputs, config: opts.config, optimizer, threads: opts.threads })) as unknown as PeerInit;
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }

  /** One train step; returns the peer's own timing of it in ms. */
  async step(): Promise<number> {
    return (await this.call({ cmd: 'step' })).ms as number;
  }

  close(): void {
    this.server.close();
  }
}

/**
 * How far loom's first step is from a peer's: the loss, and the largest
 * difference of any parameter value after the step (first values of each),
 * with the parameter where it is.
 */
export function identity(loomLoss: number, loomParams: ReadonlyMap<string, Float32Array>, peer: Pick<PeerInit, 'loss' | 'params'>): { loss: number; params: number; at: string } {
  let params = 0;
  let at = '';
  for (const [name, values] of Object.entries(peer.params)) {
    const mine = loomParams.get(name);
    if (!mine) throw new Error(`the peer has a parameter "${name}" that loom's model does not`);
    values.forEach((v, i) => {
      const e = Math.abs(v - mine[i]!);
      if (e > params) [params, at] = [e, name];
    });
  }
  return { loss: Math.abs(loomLoss - peer.loss), params, at };
}

/**
 * A short name of the BLAS a peer reports (its loaded libraries, comma
 * separated): "OpenBLAS 0.3.21 (pthread)", "BLIS", "MKL", "reference BLAS", or
 * the libraries themselves when none is recognised.
 */
export function blasName(libraries: string): string {
  const libs = libraries.split(',').map((s) => s.trim()).filter(Boolean);
  const open = libs.find((l) => /libopenblas/i.test(path.basename(l)));
  if (open) {
    const version = /-r(\d+(?:\.\d+)+)/.exec(path.basename(open))?.[1];
    const flavour = /openblas-(pthread|openmp|serial)/.exec(open)?.[1];
    return `OpenBLAS${version ? ` ${version}` : ''}${flavour ? ` (${flavour})` : ''}`;
  }
  if (libs.some((l) => /blis/i.test(l))) return 'BLIS';
  if (libs.some((l) => /mkl/i.test(l))) return 'MKL';
  if (libs.some((l) => /atlas/i.test(l))) return 'ATLAS';
  if (libs.some((l) => /\/blas\/libblas\.so/.test(l))) return 'reference BLAS (netlib; slow: apt-get install libopenblas0-pthread)';
  return libs.map((l) => path.basename(l)).join(', ') || 'unknown';
}
