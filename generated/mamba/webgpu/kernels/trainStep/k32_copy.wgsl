// kernel k32_copy
@group(0) @binding(0) var<storage, read> t229: array<f32>;
@group(0) @binding(1) var<storage, read_write> t237: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k32_copy(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let g: f32 = t229[select(0i, 131072i + i, i + 131072i >= 0i && i + 131072i < 131072i)];
  let l237: f32 = select(0.0f, g, i + 131072i >= 0i && i + 131072i < 131072i);
  t237[i] = l237;
}
