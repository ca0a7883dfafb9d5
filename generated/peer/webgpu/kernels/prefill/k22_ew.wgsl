// kernel k22_ew (compiler/std/moe.loom:160:22)
@group(0) @binding(0) var<storage, read> t132: array<f32>;
@group(0) @binding(1) var<storage, read_write> t137: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k22_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l133: f32 = t132[i];
  let g: f32 = f32(i / 8i);
  let l136: f32 = g * 64.0f;
  let v137: f32 = l133 + l136;
  t137[i] = v137;
}
