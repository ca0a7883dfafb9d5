// kernel k17_ew (compiler/std/moe.loom:75:21)
@group(0) @binding(0) var<storage, read> t137: array<f32>;
@group(0) @binding(1) var<storage, read> t121: array<f32>;
@group(0) @binding(2) var<storage, read_write> t140: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k17_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l138: bool = t137[i / 2i] != 0.0f;
  let l122: f32 = t121[i];
  let v140: f32 = select(-1e+30f, l122, l138);
  t140[i] = v140;
}
