// kernel k237l_ew
@group(0) @binding(0) var<storage, read> p_layers_1_attn_wk_w: array<f32>;
@group(0) @binding(1) var<storage, read> t1126: array<f32>;
@group(0) @binding(2) var<storage, read> t1461: array<f32>;
@group(0) @binding(3) var<storage, read> t1468: array<f32>;
@group(0) @binding(4) var<storage, read> t1100: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1472: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k237l_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l17: f32 = p_layers_1_attn_wk_w[i];
  let l1182: f32 = t1126[0i];
  let v1469: f32 = l17 * l1182;
  let x1461: f32 = t1461[i];
  let x1468: f32 = t1468[i];
  let v1470: f32 = x1461 / x1468;
  let l1185: f32 = t1100[0i];
  let v1471: f32 = v1470 * l1185;
  let v1472: f32 = v1469 - v1471;
  t1472[i] = v1472;
}
