// kernel k126h_ew
@group(0) @binding(0) var<storage, read> p_blocks_1_mlp_fc_w: array<f32>;
@group(0) @binding(1) var<storage, read> t771: array<f32>;
@group(0) @binding(2) var<storage, read> t1169: array<f32>;
@group(0) @binding(3) var<storage, read> t1176: array<f32>;
@group(0) @binding(4) var<storage, read> t745: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1180: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k126h_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l22: f32 = p_blocks_1_mlp_fc_w[i];
  let l969: f32 = t771[0i];
  let v1177: f32 = l22 * l969;
  let x1169: f32 = t1169[i];
  let x1176: f32 = t1176[i];
  let v1178: f32 = x1169 / x1176;
  let l972: f32 = t745[0i];
  let v1179: f32 = v1178 * l972;
  let v1180: f32 = v1177 - v1179;
  t1180[i] = v1180;
}
