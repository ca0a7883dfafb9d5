// The webgpu backend against the reference interpreter, on every dsl-example:
// forward outputs, loss + every gradient, and one train step (outputs, every
// param and optimizer slot), all by the rule in examples.ts
// (compareWithReference), the same one test/backends/js/numerics.test.ts
// holds the js backend to.
import { expect, it } from 'vitest';
import { createWebGpuSession } from '../../../runtime/backends/webgpu/session.ts';
import { describeWebGpu } from '../../webgpu/require-adapter.ts';
import { compareWithReference, exampleFiles, failures, loadExample, summarize } from './examples.ts';

describeWebGpu('webgpu backend matches the reference on every dsl-example', (gpu) => {
  for (const file of exampleFiles()) {
    const name = file.replace(/^.*\//, '');
    it(name, async () => {
      const m = loadExample(file);
      const report = await compareWithReference(m, async (graphs, state) => createWebGpuSession(gpu(), graphs, state));
      console.info(`[webgpu] ${summarize(report)}`);
      expect(failures(report)).toEqual([]);
      // Every graph, every state entry was compared.
      expect(new Set(report.comparisons.map((c) => c.graph))).toEqual(new Set(['forward', 'grads', 'train', 'state']));
      expect(report.comparisons.filter((c) => c.graph === 'state').length).toBe(m.state.size);
    });
  }
});
