// kernel k148b_ew
@group(0) @binding(0) var<storage, read> p_tok_w: array<f32>;
@group(0) @binding(1) var<storage, read> t801: array<f32>;
@group(0) @binding(2) var<storage, read> t786: array<f32>;
@group(0) @binding(3) var<storage, read> t798: array<f32>;
@group(0) @binding(4) var<storage, read> t775: array<f32>;
@group(0) @binding(5) var<storage, read_write> t809: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k148b_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l0: f32 = p_tok_w[i];
  let l803: f32 = t801[0i];
  let v804: f32 = l0 * l803;
  let x786: f32 = t786[i];
  let x798: f32 = t798[i];
  let v805: f32 = x786 / x798;
  let l807: f32 = t775[0i];
  let v808: f32 = v805 * l807;
  let v809: f32 = v804 - v808;
  t809[i] = v809;
}
