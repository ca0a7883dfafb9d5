// kernel k5c_ew (compiler/std/spiking.loom:28:14)
@group(0) @binding(0) var<storage, read> t295: array<f32>;
@group(0) @binding(1) var<storage, read_write> t297: array<f32>;
@group(0) @binding(2) var<storage, read> t294: array<f32>;
@group(0) @binding(3) var<storage, read> t227: array<f32>;
@group(0) @binding(4) var<storage, read_write> t308: array<f32>;
@group(0) @binding(5) var<storage, read_write> t310: array<f32>;
@group(0) @binding(6) var<storage, read_write> t320: array<f32>;
@group(0) @binding(7) var<storage, read_write> t321: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k5c_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let x295: f32 = t295[i];
  let v296: bool = x295 > 0.0f;
  let v297: f32 = f32(v296);
  t297[i] = v297;
  let x294: f32 = t294[i];
  let v303: f32 = 0.9f * x294;
  let l305: f32 = t227[768i + i / 128i * 2048i + i % 128i];
  let v306: f32 = v303 + l305;
  let v307: f32 = v306 - v297;
  let v308: f32 = v307 - 1.0f;
  t308[i] = v308;
  let v309: bool = v308 > 0.0f;
  let v310: f32 = f32(v309);
  t310[i] = v310;
  let v316: f32 = 0.9f * v307;
  let l318: f32 = t227[896i + i / 128i * 2048i + i % 128i];
  let v319: f32 = v316 + l318;
  let v320: f32 = v319 - v310;
  t320[i] = v320;
  let v321: f32 = v320 - 1.0f;
  t321[i] = v321;
}
