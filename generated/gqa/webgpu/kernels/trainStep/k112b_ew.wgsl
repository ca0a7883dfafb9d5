// kernel k112b_ew
@group(0) @binding(0) var<storage, read> p_layers_0_attn_wq_w: array<f32>;
@group(0) @binding(1) var<storage, read> t609: array<f32>;
@group(0) @binding(2) var<storage, read> t653: array<f32>;
@group(0) @binding(3) var<storage, read> t664: array<f32>;
@group(0) @binding(4) var<storage, read> t583: array<f32>;
@group(0) @binding(5) var<storage, read_write> t670: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k112b_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l2: f32 = p_layers_0_attn_wq_w[i];
  let l665: f32 = t609[0i];
  let v666: f32 = l2 * l665;
  let x653: f32 = t653[i];
  let x664: f32 = t664[i];
  let v667: f32 = x653 / x664;
  let l668: f32 = t583[0i];
  let v669: f32 = v667 * l668;
  let v670: f32 = v666 - v669;
  t670[i] = v670;
}
