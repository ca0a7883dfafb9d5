// kernel k197n_ew
@group(0) @binding(0) var<storage, read> p_blocks_1_attn_wk_w: array<f32>;
@group(0) @binding(1) var<storage, read> t1021: array<f32>;
@group(0) @binding(2) var<storage, read> t1376: array<f32>;
@group(0) @binding(3) var<storage, read> t1383: array<f32>;
@group(0) @binding(4) var<storage, read> t995: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1387: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k197n_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l20: f32 = p_blocks_1_attn_wk_w[i];
  let l1050: f32 = t1021[0i];
  let v1384: f32 = l20 * l1050;
  let x1376: f32 = t1376[i];
  let x1383: f32 = t1383[i];
  let v1385: f32 = x1376 / x1383;
  let l1053: f32 = t995[0i];
  let v1386: f32 = v1385 * l1053;
  let v1387: f32 = v1384 - v1386;
  t1387[i] = v1387;
}
