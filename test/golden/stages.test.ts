// Golden files for the middle stages: for every example, the fused program
// (fusion's groups, their levels and loads) and the kernel IR of every
// kernel of both programs a bundle ships (the forward pass at batch 1 and the
// train step): on the default target, js, for every example, and on every
// target for gpt. (generated/ holds every example's WGSL too; the kernel IR
// of every example on every target would be 20 MB of near-duplicates.) A change to fusion or lowering shows up here
// as a reviewable diff, even when the numbers stay right. Regenerate with
// LOOM_UPDATE_GOLDEN=1 (npm run golden) after an intended change and review
// the diff; CI runs this test like the check of generated/.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultOptimizer } from '../../compiler/autodiff/optimizer.ts';
import { formatProgram } from '../../compiler/fusion/print.ts';
import { compileGraph } from '../../compiler/program.ts';
import { printKernel } from '../../compiler/render/kernel-ir.ts';
import { TARGET_NAMES, TARGETS } from '../../compiler/target.ts';
import { compileLanguageModel } from '../../compiler/model.ts';

const root = path.join(import.meta.dirname, '..', '..');
const dir = path.join(import.meta.dirname, 'stages');
const examples = fs.readdirSync(path.join(root, 'dsl-examples')).filter((f) => f.endsWith('.loom')).sort();

/** Locations relative to the repository, so the files do not depend on where it is checked out. */
const relative = (text: string): string => text.split(root + path.sep).join('');

function golden(name: string, text: string): void {
  const file = path.join(dir, name);
  if (process.env.LOOM_UPDATE_GOLDEN === '1') fs.writeFileSync(file, text);
  expect(fs.existsSync(file), `${name} is missing: run npm run golden`).toBe(true);
  // Compared as a boolean first: a multi-thousand-line diff in the assertion message helps nobody; the file diff does.
  const same = text === fs.readFileSync(file, 'utf8');
  expect(same, `${name} differs from the compiler's output: run npm run golden and review the diff`).toBe(true);
}

describe.each(examples)('middle stages of %s', (example) => {
  const name = path.basename(example, '.loom');
  // Compiled in the first test, not while the file is collected: every example compiled back to
  // back, synchronously, would keep the worker from answering vitest's RPC.
  let m: ReturnType<typeof compileLanguageModel> | undefined;
  const model = () => (m ??= compileLanguageModel(path.join(root, 'dsl-examples', example), { batch: 2, optimizer: defaultOptimizer, forwardBatch: 1 }));

  it.each(['forward', 'train'] as const)('%s program', (program) => {
    const graph = program === 'forward' ? model().graphs.forward : model().graphs.train;
    let fusedText: string | undefined;
    let gpuText: string | undefined;
    for (const target of name === 'gpt' ? TARGET_NAMES : (['js'] as const)) {
      const { fused, lowered } = compileGraph(graph, { target: TARGETS[target] });
      // Fusion does not depend on the target but for the CPU's attention merge (passes/attention-merge.ts):
      // one fused listing per program, js's; the GPU targets' agree with each other (checked on gpt).
      const listing = relative(formatProgram(fused)) + '\n';
      if (TARGETS[target].gemmIntrinsic) fusedText ??= listing;
      else gpuText ??= listing;
      expect(listing, `fusion for ${target}`).toBe(TARGETS[target].gemmIntrinsic ? fusedText : gpuText);
      golden(`${name}.${program}.${target}.kir`, relative(lowered.kernels.map((k) => printKernel(k.kernel)).join('\n')) + '\n');
    }
    golden(`${name}.${program}.fused`, fusedText!);
  });
});
