// kernel k127n_ew
@group(0) @binding(0) var<storage, read> p_blocks_1_attn_wk_w: array<f32>;
@group(0) @binding(1) var<storage, read> t771: array<f32>;
@group(0) @binding(2) var<storage, read> t1086: array<f32>;
@group(0) @binding(3) var<storage, read> t1093: array<f32>;
@group(0) @binding(4) var<storage, read> t745: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1097: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k127n_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l17: f32 = p_blocks_1_attn_wk_w[i];
  let l800: f32 = t771[0i];
  let v1094: f32 = l17 * l800;
  let x1086: f32 = t1086[i];
  let x1093: f32 = t1093[i];
  let v1095: f32 = x1086 / x1093;
  let l803: f32 = t745[0i];
  let v1096: f32 = v1095 * l803;
  let v1097: f32 = v1094 - v1096;
  t1097[i] = v1097;
}
