// kernel k197p_ew
@group(0) @binding(0) var<storage, read> p_blocks_1_attn_wv_w: array<f32>;
@group(0) @binding(1) var<storage, read> t1021: array<f32>;
@group(0) @binding(2) var<storage, read> t1409: array<f32>;
@group(0) @binding(3) var<storage, read> t1416: array<f32>;
@group(0) @binding(4) var<storage, read> t995: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1420: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k197p_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l22: f32 = p_blocks_1_attn_wv_w[i];
  let l1050: f32 = t1021[0i];
  let v1417: f32 = l22 * l1050;
  let x1409: f32 = t1409[i];
  let x1416: f32 = t1416[i];
  let v1418: f32 = x1409 / x1416;
  let l1053: f32 = t995[0i];
  let v1419: f32 = v1418 * l1053;
  let v1420: f32 = v1417 - v1419;
  t1420[i] = v1420;
}
