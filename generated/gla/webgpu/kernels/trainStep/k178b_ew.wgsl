// kernel k178b_ew
@group(0) @binding(0) var<storage, read> p_tok_w: array<f32>;
@group(0) @binding(1) var<storage, read> t875: array<f32>;
@group(0) @binding(2) var<storage, read> t860: array<f32>;
@group(0) @binding(3) var<storage, read> t872: array<f32>;
@group(0) @binding(4) var<storage, read> t849: array<f32>;
@group(0) @binding(5) var<storage, read_write> t883: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k178b_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l0: f32 = p_tok_w[i];
  let l877: f32 = t875[0i];
  let v878: f32 = l0 * l877;
  let x860: f32 = t860[i];
  let x872: f32 = t872[i];
  let v879: f32 = x860 / x872;
  let l881: f32 = t849[0i];
  let v882: f32 = v879 * l881;
  let v883: f32 = v878 - v882;
  t883[i] = v883;
}
