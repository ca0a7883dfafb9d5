// Time to first logits of a built webgpu package under Node (lavapipe or a
// real adapter): `load` (weights uploaded, forward kernels built) and the
// first forward pass, which is where a JIT driver such as lavapipe compiles
// its shaders. Usage:
//   node bin/loom.js build dsl-examples/gpt.loom --target webgpu [--inference] -o /tmp/gpt-webgpu
//   node bench/bundle-load.mjs /tmp/gpt-webgpu      # MESA_SHADER_CACHE_DISABLE=true for a cold shader cache
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { create, globals } from 'webgpu';

const dir = process.argv[2];
if (!dir) throw new Error('usage: node bench/bundle-load.mjs <webgpu package directory>');
Object.assign(globalThis, globals);
const gpu = create([]); // held for as long as the device lives (docs/emit.md)
const adapter = await gpu.requestAdapter();
if (!adapter) throw new Error('no WebGPU adapter');
const device = await adapter.requestDevice();
const mod = await import(pathToFileURL(path.resolve(dir, 'index.js')).href);
const t0 = performance.now();
const model = await mod.load({ weights: mod.initParams(1), device });
const t1 = performance.now();
await model.forward(new Int32Array(mod.shapes.ctx * mod.shapes.forwardBatch).fill(65));
const t2 = performance.now();
console.log(JSON.stringify({ loadMs: Math.round(t1 - t0), firstForwardMs: Math.round(t2 - t1), totalMs: Math.round(t2 - t0) }));
model.dispose();
device.destroy();
