import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

export const root = path.join(import.meta.dirname, '..', '..');
export const gptFile = path.join(root, 'dsl-examples', 'gpt.loom');
/** A GPT small enough that a few train steps take a second. */
export const tinyGpt = ['--set', 'dim=16', '--set', 'depth=1', '--set', 'heads=2', '--set', 'ctx=16'];

export function loom(args: string[], opts: { cwd?: string } = {}): { status: number | null; stdout: string; stderr: string; stdoutBytes: Buffer } {
  const r = spawnSync(process.execPath, [path.join(root, 'bin', 'loom.js'), ...args], { cwd: opts.cwd ?? root, env: { ...process.env, FORCE_COLOR: '0' } });
  return { status: r.status, stdout: r.stdout.toString('utf8'), stderr: r.stderr.toString('utf8'), stdoutBytes: r.stdout };
}

export function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'loom-cli-'));
}

export interface LoomResult {
  status: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs the CLI in this process (no node + tsx start-up per call): `main` with
 * string buffers for stdout and stderr. For commands that fail early or run
 * briefly; the spawned `loom` covers the real process (exit code, streams).
 */
export async function loomIn(args: string[]): Promise<LoomResult> {
  const { main } = await import('../../cli/main.ts');
  const out: string[] = [];
  const err: string[] = [];
  const sink = (to: string[]) => ({ write: (c: string | Uint8Array) => { to.push(typeof c === 'string' ? c : Buffer.from(c).toString('utf8')); return true; } });
  const status = await main(args, { stdout: sink(out), stderr: sink(err) });
  return { status, stdout: out.join(''), stderr: err.join('') };
}
