// kernel k125b_ew
@group(0) @binding(0) var<storage, read> p_layers_0_attn_wa1_w: array<f32>;
@group(0) @binding(1) var<storage, read> t701: array<f32>;
@group(0) @binding(2) var<storage, read> t805: array<f32>;
@group(0) @binding(3) var<storage, read> t816: array<f32>;
@group(0) @binding(4) var<storage, read> t675: array<f32>;
@group(0) @binding(5) var<storage, read_write> t822: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k125b_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l5: f32 = p_layers_0_attn_wa1_w[i];
  let l817: f32 = t701[0i];
  let v818: f32 = l5 * l817;
  let x805: f32 = t805[i];
  let x816: f32 = t816[i];
  let v819: f32 = x805 / x816;
  let l820: f32 = t675[0i];
  let v821: f32 = v819 * l820;
  let v822: f32 = v818 - v821;
  t822[i] = v822;
}
