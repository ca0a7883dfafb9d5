// kernel k46_ew (compiler/std/moe.loom:158:19)
@group(0) @binding(0) var<storage, read> t232: array<f32>;
@group(0) @binding(1) var<storage, read_write> t245: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k46_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l244: f32 = t232[i];
  let v245: f32 = l244 * 32.0f;
  t245[i] = v245;
}
