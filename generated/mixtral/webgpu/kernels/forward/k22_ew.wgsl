// kernel k22_ew (compiler/std/functional.loom:11:18)
@group(0) @binding(0) var<storage, read> t130: array<f32>;
@group(0) @binding(1) var<storage, read> t133: array<f32>;
@group(0) @binding(2) var<storage, read_write> t134: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k22_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l130: f32 = t130[i];
  let v131: f32 = 1.0f / (1.0f + exp(min(-l130, 88.0f)));
  let v132: f32 = l130 * v131;
  let l133: f32 = t133[i];
  let v134: f32 = v132 * l133;
  t134[i] = v134;
}
