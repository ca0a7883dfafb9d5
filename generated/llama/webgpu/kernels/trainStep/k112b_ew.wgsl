// kernel k112b_ew
@group(0) @binding(0) var<storage, read> p_layers_0_attn_wq_w: array<f32>;
@group(0) @binding(1) var<storage, read> t617: array<f32>;
@group(0) @binding(2) var<storage, read> t661: array<f32>;
@group(0) @binding(3) var<storage, read> t672: array<f32>;
@group(0) @binding(4) var<storage, read> t591: array<f32>;
@group(0) @binding(5) var<storage, read_write> t678: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k112b_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l2: f32 = p_layers_0_attn_wq_w[i];
  let l673: f32 = t617[0i];
  let v674: f32 = l2 * l673;
  let x661: f32 = t661[i];
  let x672: f32 = t672[i];
  let v675: f32 = x661 / x672;
  let l676: f32 = t591[0i];
  let v677: f32 = v675 * l676;
  let v678: f32 = v674 - v677;
  t678[i] = v678;
}
