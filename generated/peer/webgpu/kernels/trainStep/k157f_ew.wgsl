// kernel k157f_ew
@group(0) @binding(0) var<storage, read> p_blocks_0_attn_wk_w: array<f32>;
@group(0) @binding(1) var<storage, read> t843: array<f32>;
@group(0) @binding(2) var<storage, read> t959: array<f32>;
@group(0) @binding(3) var<storage, read> t966: array<f32>;
@group(0) @binding(4) var<storage, read> t817: array<f32>;
@group(0) @binding(5) var<storage, read_write> t970: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k157f_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l6: f32 = p_blocks_0_attn_wk_w[i];
  let l872: f32 = t843[0i];
  let v967: f32 = l6 * l872;
  let x959: f32 = t959[i];
  let x966: f32 = t966[i];
  let v968: f32 = x959 / x966;
  let l875: f32 = t817[0i];
  let v969: f32 = v968 * l875;
  let v970: f32 = v967 - v969;
  t970[i] = v970;
}
