// The bundle as data: deterministic bytes, figures equal to programStats,
// a manifest that lists every kernel, and the committed generated/ up to date.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultOptimizer } from '../../compiler/autodiff/optimizer.ts';
import { compileBundle } from '../../compiler/emit/index.ts';
import { programStats } from '../../compiler/stats.ts';
import { JS_TARGET, WEBGPU_TARGET } from '../../compiler/target.ts';
import { compileLanguageModel } from '../../compiler/model.ts';
import { gptFile, root, tinyBundle, tinyConfig } from './helpers.ts';

describe('bundle', () => {
  const js = tinyBundle('js');
  const webgpu = tinyBundle('webgpu');

  it('is byte-for-byte deterministic', () => {
    for (const [first, target] of [[js, 'js'], [webgpu, 'webgpu']] as const) {
      const again = tinyBundle(target);
      expect([...again.files.keys()]).toEqual([...first.files.keys()]);
      for (const [name, text] of first.files) expect(again.files.get(name), name).toBe(text);
    }
  });

  it('holds no absolute paths, timestamps or machine names', () => {
    for (const bundle of [js, webgpu]) {
      for (const [name, text] of bundle.files) {
        expect(text.includes(root), `${name} mentions ${root}`).toBe(false);
        expect(/\b20\d\d-\d\d-\d\d/.test(text), `${name} has a date`).toBe(false);
      }
    }
  });

  it('lays out the module, kernel sources and manifest per target', () => {
    expect([...js.files.keys()]).toEqual([
      'index.ts', 'kernels/decode.d.ts', 'kernels/decode.js', 'kernels/forward.d.ts', 'kernels/forward.js',
      'kernels/prefill.d.ts', 'kernels/prefill.js', 'kernels/trainStep.d.ts', 'kernels/trainStep.js', 'manifest.json',
    ]);
    const wgsl = [...webgpu.files.keys()].filter((f) => f.endsWith('.wgsl'));
    const { forward, trainStep, prefill, decode } = webgpu.manifest.programs;
    expect(wgsl).toHaveLength(forward.launches + trainStep!.launches + prefill!.launches + decode!.launches);
    for (const k of webgpu.manifest.kernels) expect(webgpu.files.get(k.file), k.file).toContain(`fn ${k.name}(`);
  });

  it('reports the figures programStats gives for the same graphs', () => {
    const m = compileLanguageModel(gptFile, { config: tinyConfig, batch: 2, optimizer: defaultOptimizer, forwardBatch: 1, inference: {} });
    // Of the target's program: on the CPU the train step's attention parts are merged (passes/attention-merge.ts).
    for (const [bundle, target] of [[js, JS_TARGET], [webgpu, WEBGPU_TARGET]] as const) {
      const manifest = JSON.parse(bundle.files.get('manifest.json')!);
      expect(manifest.programs.forward.stats).toEqual(programStats(m.graphs.forward, { target }));
      expect(manifest.programs.trainStep.stats).toEqual(programStats(m.graphs.train, { target }));
      expect(manifest.programs.prefill.stats).toEqual(programStats(m.inference!.prefill, { target }));
      expect(manifest.programs.decode.stats).toEqual(programStats(m.inference!.decode, { target }));
      expect(manifest.kernels.filter((k: { program: string }) => k.program === 'forward')).toHaveLength(manifest.programs.forward.launches);
    }
  });

  it('lists every kernel with its source location and buffers', () => {
    for (const k of js.manifest.kernels) {
      expect(k.source ?? '').toMatch(/^(compiler\/std|dsl-examples)\/[a-z_]+\.loom:\d+:\d+$|^$/);
      expect(k.buffers.length).toBeGreaterThan(0);
      expect(k.buffers.some((b) => b.access !== 'read')).toBe(true);
    }
    expect(js.manifest.kernels.filter((k) => k.source !== null).length).toBeGreaterThan(0);
  });
});

describe('generated/', () => {
  // The same comparison as scripts/check-generated.sh, for gpt only (the slow part is compiling).
  for (const target of ['js', 'webgpu'] as const) {
    it(`gpt/${target} is up to date`, () => {
      const dir = path.join(root, 'generated', 'gpt', target);
      const committed = new Map<string, string>();
      const walk = (d: string): void => {
        for (const e of fs.readdirSync(d, { withFileTypes: true })) {
          const full = path.join(d, e.name);
          if (e.isDirectory()) walk(full);
          else committed.set(path.relative(dir, full).split(path.sep).join('/'), fs.readFileSync(full, 'utf8'));
        }
      };
      expect(fs.existsSync(dir), `${dir} is missing: run scripts/generate.sh`).toBe(true);
      walk(dir);
      const fresh = compileBundle(path.join('dsl-examples', 'gpt.loom'), { target }).files;
      const stale = [...new Set([...committed.keys(), ...fresh.keys()])].filter((f) => committed.get(f) !== fresh.get(f));
      expect(stale, 'files that differ from a fresh compile: run scripts/generate.sh').toEqual([]);
    });
  }
});
