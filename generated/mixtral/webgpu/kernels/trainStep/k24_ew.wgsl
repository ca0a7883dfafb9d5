// kernel k24_ew (compiler/std/functional.loom:11:18)
@group(0) @binding(0) var<storage, read> t158: array<f32>;
@group(0) @binding(1) var<storage, read_write> t159: array<f32>;
@group(0) @binding(2) var<storage, read_write> t160: array<f32>;
@group(0) @binding(3) var<storage, read> t161: array<f32>;
@group(0) @binding(4) var<storage, read_write> t162: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k24_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l158: f32 = t158[i];
  let v159: f32 = 1.0f / (1.0f + exp(min(-l158, 88.0f)));
  t159[i] = v159;
  let v160: f32 = l158 * v159;
  t160[i] = v160;
  let l161: f32 = t161[i];
  let v162: f32 = v160 * l161;
  t162[i] = v162;
}
