// kernel k68_ew (compiler/std/functional.loom:11:18)
@group(0) @binding(0) var<storage, read> t334: array<f32>;
@group(0) @binding(1) var<storage, read> t337: array<f32>;
@group(0) @binding(2) var<storage, read_write> t338: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k68_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l334: f32 = t334[i];
  let v335: f32 = 1.0f / (1.0f + exp(min(-l334, 88.0f)));
  let v336: f32 = l334 * v335;
  let l337: f32 = t337[i];
  let v338: f32 = v336 * l337;
  t338[i] = v338;
}
