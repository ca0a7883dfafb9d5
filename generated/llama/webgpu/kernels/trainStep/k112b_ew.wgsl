// kernel k112b_ew
@group(0) @binding(0) var<storage, read> p_layers_0_attn_wq_w: array<f32>;
@group(0) @binding(1) var<storage, read> t607: array<f32>;
@group(0) @binding(2) var<storage, read> t651: array<f32>;
@group(0) @binding(3) var<storage, read> t662: array<f32>;
@group(0) @binding(4) var<storage, read> t581: array<f32>;
@group(0) @binding(5) var<storage, read_write> t668: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k112b_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l2: f32 = p_layers_0_attn_wq_w[i];
  let l663: f32 = t607[0i];
  let v664: f32 = l2 * l663;
  let x651: f32 = t651[i];
  let x662: f32 = t662[i];
  let v665: f32 = x651 / x662;
  let l666: f32 = t581[0i];
  let v667: f32 = v665 * l666;
  let v668: f32 = v664 - v667;
  t668[i] = v668;
}
