// The program plan (compiler/plan.ts) and the one set of input checks
// (runtime/exec/inputs.ts): which inputs are indices and of what, checked
// the same way by the reference and js backends (and, in
// test/backends/webgpu/session.test.ts, the webgpu one); and the js
// executor binding the state's own arrays.
import { describe, expect, it } from 'vitest';
import type { Graph } from '../../compiler/graph/types.ts';
import { GraphBuilder } from '../../compiler/graph/builder.ts';
import { planInputs, planProgram } from '../../compiler/plan.ts';
import { compileGraph } from '../../compiler/program.ts';
import { JS_TARGET, WEBGPU_TARGET } from '../../compiler/target.ts';
import type { Backend } from '../../runtime/backend.ts';
import { JsProgram, jsBackend } from '../../runtime/backends/js/session.ts';
import { referenceBackend } from '../../runtime/backends/reference.ts';
import { exampleFiles, graphInputs, loadExample, type ExampleModel } from './webgpu/examples.ts';

const gpt = (): ExampleModel => loadExample(exampleFiles().find((f) => f.endsWith('/gpt.loom'))!);
const graphsOf = (m: ExampleModel) => m.graphs as unknown as Readonly<Record<string, Graph>>;

describe('program plan', () => {
  const m = gpt();

  it('is plain data: buffers, slots, inputs, state, outputs, updates, launches', () => {
    for (const target of [JS_TARGET, WEBGPU_TARGET]) {
      const { lowered } = compileGraph(m.graphs.train, { target });
      const plan = planProgram(lowered);
      expect(JSON.parse(JSON.stringify(plan))).toEqual(plan);
      expect(plan.target).toBe(target.name);
      expect(plan.launches).toHaveLength(lowered.kernels.length);
      expect(plan.inputs.map((i) => [i.name, i.shape, i.dtype])).toEqual([
        ['tokens', [m.batch, m.ctx], 'i32'], ['targets', [m.batch, m.ctx], 'i32'], ['step', [], 'f32'],
      ].filter(([name]) => lowered.inputs.some((i) => i.name === name)));
      expect(plan.updates.length).toBe(lowered.updates.length);
      for (const l of plan.launches) {
        expect(l.access).toHaveLength(l.buffers.length);
        expect(l.workgroups.every((n) => Number.isInteger(n) && n >= 1)).toBe(true);
      }
      if (target === JS_TARGET) expect(plan.launches.every((l) => l.workgroups.join() === '1,1,1')).toBe(true);
    }
  });

  it('finds token ids (an embedding gather) and class indices (the one-hot of cross-entropy)', () => {
    const { indexInputs } = planInputs(m.graphs.loss);
    expect(indexInputs.map((x) => [x.input, x.size])).toEqual([['tokens', m.vocab], ['targets', m.vocab]]);
    expect(indexInputs[0]!.indexes).toMatch(/^param "wte\.w" at .*nn\.loom:\d+:\d+$/);
    expect(indexInputs[1]!.indexes).toMatch(new RegExp(`^the one-hot classes arange\\(${m.vocab}\\) at .*functional\\.loom:\\d+:\\d+$`));
    // The plan of the compiled train step carries the same checks.
    const plan = planProgram(compileGraph(m.graphs.train, { target: JS_TARGET }).lowered);
    expect(plan.indexInputs.map((x) => [x.input, x.size])).toEqual([['tokens', m.vocab], ['targets', m.vocab]]);
  });

  it('finds an index through views, and only integer inputs', () => {
    const b = new GraphBuilder();
    const table = b.param('emb', [10, 4], { kind: 'zeros' });
    const ids = b.input('ids', [6], 'i32');
    const picked = b.gather(table, b.reshape(ids, [2, 3]), 0);
    const labels = b.input('labels', [2, 3], 'i32');
    const classes = b.broadcastTo(b.reshape(b.iota([7], 0), [1, 1, 7]), [2, 3, 7]);
    const hot = b.binary('eq', classes, b.broadcastTo(b.reshape(labels, [2, 3, 1]), [2, 3, 7]));
    const score = b.input('score', [7], 'f32');
    const notIndex = b.binary('eq', b.cast(b.iota([7], 0), 'f32'), score);
    b.output('picked', picked);
    b.output('hot', hot);
    b.output('other', notIndex);
    const { indexInputs } = planInputs(b.build());
    expect(indexInputs.map((x) => [x.input, x.size])).toEqual([['ids', 10], ['labels', 7]]);
  });
});

describe('one set of input checks, in every backend', () => {
  const m = gpt();
  const backends: [string, Backend][] = [['reference', referenceBackend], ['js', jsBackend]];

  it.each(backends)('%s: out-of-range targets fail with the input, the position and the classes', async (_, backend) => {
    const session = await backend.createSession(graphsOf(m), m.state);
    const inputs = graphInputs(m, 'loss', 3);
    const targets = Float32Array.from(inputs.get('targets')!);
    targets[m.ctx + 2] = m.vocab; // row 1, column 2
    await expect(session.run('loss', new Map([...inputs, ['targets', targets]]))).rejects.toThrow(
      new RegExp(`^input "targets": value ${m.vocab} at \\[1, 2\\] is out of range \\[0, ${m.vocab}\\) for the one-hot classes arange\\(${m.vocab}\\) at .*functional\\.loom:\\d+:\\d+$`),
    );
    targets[m.ctx + 2] = -1;
    await expect(session.run('loss', new Map([...inputs, ['targets', targets]]))).rejects.toThrow(/value -1 at \[1, 2\]/);
    await expect(session.run('loss', new Map([['tokens', inputs.get('tokens')!]]))).rejects.toThrow('program "loss" needs input "targets"');
    const loss = (await session.run('loss', inputs)).get('loss')![0]!;
    expect(Number.isFinite(loss) && loss > 0).toBe(true);
    session.dispose();
  });
});

describe('js executor', () => {
  const m = gpt();

  it('binds the state arrays themselves: updates land in them, and changes to them are seen', () => {
    const state = new Map([...m.state].map(([k, v]) => [k, Float32Array.from(v)]));
    const arrays = new Map(state);
    const program = new JsProgram('train', m.graphs.train, compileGraph(m.graphs.train, { target: JS_TARGET }).lowered, state);
    const before = Float32Array.from(state.get('wte.w')!);
    program.run(graphInputs(m, 'train', 1), state, ['loss']);
    for (const [name, array] of state) expect(array, name).toBe(arrays.get(name)); // same objects, updated in place
    expect(state.get('wte.w')).not.toEqual(before);

    const forward = new JsProgram('forward', m.graphs.forward, compileGraph(m.graphs.forward, { target: JS_TARGET }).lowered, state);
    const inputs = graphInputs(m, 'forward', 2);
    const a = forward.run(inputs, state).get('output')!;
    state.get('wte.w')!.fill(0); // edited in place: no copy to refresh
    const b = forward.run(inputs, state).get('output')!;
    expect(b).not.toEqual(a);
    // Another state object: its arrays are bound instead (checked first).
    const other = new Map([...state].map(([k, v]) => [k, Float32Array.from(v)]));
    expect(forward.run(inputs, other).get('output')).toEqual(b);
    other.set('wte.w', new Float32Array(3));
    expect(() => forward.run(inputs, other)).toThrow(/state "wte\.w" has 3 elements; program "forward" needs \d+/);
    other.delete('wte.w');
    expect(() => forward.run(inputs, other)).toThrow('program "forward" needs state "wte.w", which was not given');
  });
});
