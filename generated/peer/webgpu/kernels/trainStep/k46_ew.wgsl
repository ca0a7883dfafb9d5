// kernel k46_ew (compiler/std/moe.loom:160:22)
@group(0) @binding(0) var<storage, read> t249: array<f32>;
@group(0) @binding(1) var<storage, read_write> t251: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k46_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l250: f32 = t249[i];
  let g: f32 = f32(i / 8i);
  let l136: f32 = g * 64.0f;
  let v251: f32 = l250 + l136;
  t251[i] = v251;
}
