// kernel k197j_ew
@group(0) @binding(0) var<storage, read> p_blocks_0_attn_wo_w: array<f32>;
@group(0) @binding(1) var<storage, read> t1021: array<f32>;
@group(0) @binding(2) var<storage, read> t1203: array<f32>;
@group(0) @binding(3) var<storage, read> t1210: array<f32>;
@group(0) @binding(4) var<storage, read> t995: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1214: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k197j_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l10: f32 = p_blocks_0_attn_wo_w[i];
  let l1050: f32 = t1021[0i];
  let v1211: f32 = l10 * l1050;
  let x1203: f32 = t1203[i];
  let x1210: f32 = t1210[i];
  let v1212: f32 = x1203 / x1210;
  let l1053: f32 = t995[0i];
  let v1213: f32 = v1212 * l1053;
  let v1214: f32 = v1211 - v1213;
  t1214[i] = v1214;
}
