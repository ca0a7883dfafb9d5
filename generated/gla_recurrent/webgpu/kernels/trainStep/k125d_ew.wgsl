// kernel k125d_ew
@group(0) @binding(0) var<storage, read> p_layers_0_attn_wa2_w: array<f32>;
@group(0) @binding(1) var<storage, read> t701: array<f32>;
@group(0) @binding(2) var<storage, read> t831: array<f32>;
@group(0) @binding(3) var<storage, read> t842: array<f32>;
@group(0) @binding(4) var<storage, read> t675: array<f32>;
@group(0) @binding(5) var<storage, read_write> t848: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k125d_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l6: f32 = p_layers_0_attn_wa2_w[i];
  let l843: f32 = t701[0i];
  let v844: f32 = l6 * l843;
  let x831: f32 = t831[i];
  let x842: f32 = t842[i];
  let v845: f32 = x831 / x842;
  let l846: f32 = t675[0i];
  let v847: f32 = v845 * l846;
  let v848: f32 = v844 - v847;
  t848[i] = v848;
}
