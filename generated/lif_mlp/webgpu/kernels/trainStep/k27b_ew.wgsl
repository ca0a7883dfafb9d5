// kernel k27b_ew
@group(0) @binding(0) var<storage, read> p_head_b: array<f32>;
@group(0) @binding(1) var<storage, read> t970: array<f32>;
@group(0) @binding(2) var<storage, read> t794: array<f32>;
@group(0) @binding(3) var<storage, read_write> t973: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k27b_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l6: f32 = p_head_b[i];
  let x970: f32 = t970[i];
  let l971: f32 = t794[0i];
  let v972: f32 = x970 * l971;
  let v973: f32 = l6 - v972;
  t973[i] = v973;
}
