// The fused-kernel template registry: every kernel kind is a registered
// template, fusion and lowering take their rules from it (no op names in the
// generic code), and the groups fusion forms respect each template's rules.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, test } from 'vitest';
import { analyzeAccess } from '../../compiler/fusion/access.ts';
import { fuse } from '../../compiler/fusion/fuse.ts';
import { COPY, FALLBACK, TEMPLATES, anchorTemplate, templateOf } from '../../compiler/fusion/templates/registry.ts';
import { optimizeGraph } from '../../compiler/passes/pipeline.ts';
import { randomGraph } from '../passes/helpers.ts';
import { gptTrainStep } from './models.ts';

const root = path.join(import.meta.dirname, '..', '..');

describe('the template registry', () => {
  test('every kernel kind is a registered template, in priority order', () => {
    // The built-in kinds, in their relative order (templates added since may sit between them).
    const builtIn = ['copy', 'contraction', 'scatter', 'gather', 'reduction', 'elementwise'];
    expect(TEMPLATES.map((t) => t.kind).filter((kind) => builtIn.includes(kind))).toEqual(builtIn);
    expect(FALLBACK.kind).toBe('elementwise');
    expect(COPY.kind).toBe('copy');
    for (const t of TEMPLATES) expect(templateOf(t.kind)).toBe(t);
    expect(() => templateOf('no-such-kind')).toThrow('no kernel template of kind "no-such-kind"');
  });

  test('fusion and lowering name no op and no kernel kind outside the templates', () => {
    const generic = [
      'compiler/fusion/plan.ts', 'compiler/fusion/partition.ts', 'compiler/fusion/levels.ts', 'compiler/fusion/context.ts',
      'compiler/fusion/fuse.ts', 'compiler/fusion/cost.ts', 'compiler/fusion/traffic.ts', 'compiler/fusion/validate.ts',
      'compiler/fusion/reference.ts', 'compiler/fusion/print.ts', 'compiler/fusion/candidates.ts',
      'compiler/kernel/lower/lower.ts', 'compiler/kernel/lower/stages.ts', 'compiler/kernel/lower/stage-kernel.ts',
      'compiler/kernel/lower/elementwise.ts',
    ];
    const names = ['einsum', 'reduce', 'gather', 'scatter_add', 'concat', 'pad', 'contraction', 'reduction', 'scatter', 'copy', 'elementwise'];
    for (const file of generic) {
      // Code only: comments may explain with examples.
      const code = fs.readFileSync(path.join(root, file), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');
      for (const name of names) expect(code.includes(`'${name}'`), `${file} names '${name}'`).toBe(false);
    }
  });

  test('each group is its template\'s: only its anchors, within their count, alone where it must be', () => {
    const graphs = [gptTrainStep(), ...Array.from({ length: 60 }, (_, i) => optimizeGraph(randomGraph(4000 + i, 18)))];
    const kinds = new Set<string>();
    for (const g of graphs) {
      const analysis = analyzeAccess(g);
      for (const k of fuse(g).kernels) {
        const t = templateOf(k.kind);
        kinds.add(k.kind);
        const anchors = k.nodes.filter(({ node }) => anchorTemplate(g.nodes[node]!, analysis) !== undefined);
        for (const { node } of anchors) expect(anchorTemplate(g.nodes[node]!, analysis)).toBe(t);
        expect(anchors.length).toBeLessThanOrEqual(t.maxAnchors ?? Infinity);
        if (t.fallback) expect(anchors).toEqual([]);
        if (t.alone) expect(k.nodes).toHaveLength(1);
        for (const { node } of k.nodes) {
          const n = g.nodes[node]!;
          if (!t.alone && !anchors.some((a) => a.node === node)) expect(FALLBACK.joins!(n), `%${node} (${n.op}) joins k${k.id}`).toBe(true);
        }
      }
    }
    for (const kind of ['copy', 'contraction', 'scatter', 'gather', 'reduction', 'elementwise']) expect(kinds).toContain(kind);
  });
});
