// kernel k57b_einsum
@group(0) @binding(0) var<storage, read> t365: array<f32>;
@group(0) @binding(1) var<storage, read> t361: array<f32>;
@group(0) @binding(2) var<storage, read> t287: array<f32>;
@group(0) @binding(3) var<storage, read> t291: array<f32>;
@group(0) @binding(4) var<storage, read> t290: array<f32>;
@group(0) @binding(5) var<storage, read> t289: array<f32>;
@group(0) @binding(6) var<storage, read_write> t372: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k57b_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let x365: f32 = t365[i];
  let x361: f32 = t361[i];
  let l287: f32 = t287[i];
  let v366: f32 = x361 * l287;
  let l291: f32 = t291[i];
  let v367: f32 = v366 * l291;
  let l290: f32 = t290[i];
  let v368: f32 = v367 / l290;
  let v369: f32 = -v368;
  let l289: f32 = t289[i];
  let v370: f32 = v369 * l289;
  let v371: f32 = -v370;
  let v372: f32 = x365 + v371;
  t372[i] = v372;
}
