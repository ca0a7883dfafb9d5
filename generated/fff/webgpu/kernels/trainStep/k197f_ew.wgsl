// kernel k197f_ew
@group(0) @binding(0) var<storage, read> p_blocks_0_attn_wk_w: array<f32>;
@group(0) @binding(1) var<storage, read> t1021: array<f32>;
@group(0) @binding(2) var<storage, read> t1137: array<f32>;
@group(0) @binding(3) var<storage, read> t1144: array<f32>;
@group(0) @binding(4) var<storage, read> t995: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1148: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k197f_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l6: f32 = p_blocks_0_attn_wk_w[i];
  let l1050: f32 = t1021[0i];
  let v1145: f32 = l6 * l1050;
  let x1137: f32 = t1137[i];
  let x1144: f32 = t1144[i];
  let v1146: f32 = x1137 / x1144;
  let l1053: f32 = t995[0i];
  let v1147: f32 = v1146 * l1053;
  let v1148: f32 = v1145 - v1147;
  t1148[i] = v1148;
}
