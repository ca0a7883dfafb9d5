// Every WGSL shader of every dsl-example's forward and train-step programs
// compiles in Dawn, pipeline included, with no errors and no warnings.
import { expect, it } from 'vitest';
import { compileGraph } from '../../../compiler/program.ts';
import { WEBGPU_TARGET } from '../../../compiler/target.ts';
import { renderWgsl } from '../../../compiler/render/wgsl.ts';
import { validateWgsl } from '../../../runtime/backends/webgpu/shader.ts';
import { describeWebGpu } from '../../webgpu/require-adapter.ts';
import { exampleFiles, loadExample } from './examples.ts';

describeWebGpu('generated WGSL of every dsl-example compiles cleanly in Dawn', (gpu) => {
  for (const file of exampleFiles()) {
    const name = file.replace(/^.*\//, '');
    it(name, async () => {
      const m = loadExample(file);
      const problems: string[] = [];
      const seen = new Set<string>();
      let count = 0;
      for (const graph of ['forward', 'train'] as const) {
        const { lowered } = compileGraph(m.graphs[graph], { target: WEBGPU_TARGET });
        expect(lowered.kernels.length).toBeGreaterThan(0);
        for (const lk of lowered.kernels) {
          const k = renderWgsl(lk.kernel);
          count++;
          if (seen.has(k.code)) continue;
          seen.add(k.code);
          const { errors, warnings } = await validateWgsl(gpu(), k.code, { entryPoint: k.entryPoint });
          for (const e of errors) problems.push(`${graph} ${k.name} (${k.source ?? '?'}): error ${e}`);
          for (const w of warnings) problems.push(`${graph} ${k.name} (${k.source ?? '?'}): warning ${w}`);
        }
      }
      console.info(`[webgpu] ${m.name}: ${count} shaders (${seen.size} distinct) validated`);
      expect(problems).toEqual([]);
    });
  }
});
