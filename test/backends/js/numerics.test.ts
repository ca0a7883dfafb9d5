// The js backend against the reference interpreter on every dsl-example, by
// the same rule the webgpu backend is held to (compareWithReference in
// test/backends/webgpu/examples.ts).
import { describe, expect, it } from 'vitest';
import { jsBackend } from '../../../runtime/backends/js/session.ts';
import { compareWithReference, exampleFiles, failures, loadExample, summarize } from '../webgpu/examples.ts';

describe('js backend matches the reference on every dsl-example', () => {
  for (const file of exampleFiles()) {
    const name = file.replace(/^.*\//, '');
    it(name, async () => {
      const m = loadExample(file);
      const report = await compareWithReference(m, (graphs, state) => jsBackend.createSession(graphs, state));
      console.info(`[js] ${summarize(report)}`);
      expect(failures(report)).toEqual([]);
      expect(new Set(report.comparisons.map((c) => c.graph))).toEqual(new Set(['forward', 'grads', 'train', 'state']));
      expect(report.comparisons.filter((c) => c.graph === 'state').length).toBe(m.state.size);
    });
  }
});
