// kernel k112b_ew
@group(0) @binding(0) var<storage, read> p_tok_w: array<f32>;
@group(0) @binding(1) var<storage, read> t663: array<f32>;
@group(0) @binding(2) var<storage, read> t648: array<f32>;
@group(0) @binding(3) var<storage, read> t660: array<f32>;
@group(0) @binding(4) var<storage, read> t637: array<f32>;
@group(0) @binding(5) var<storage, read_write> t671: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k112b_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l0: f32 = p_tok_w[i];
  let l665: f32 = t663[0i];
  let v666: f32 = l0 * l665;
  let x648: f32 = t648[i];
  let x660: f32 = t660[i];
  let v667: f32 = x648 / x660;
  let l669: f32 = t637[0i];
  let v670: f32 = v667 * l669;
  let v671: f32 = v666 - v670;
  t671[i] = v671;
}
