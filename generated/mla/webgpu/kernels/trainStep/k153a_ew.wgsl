// kernel k153a_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_0_attn_wkv_a_w: array<f32>;
@group(0) @binding(1) var<storage, read> t559: array<f32>;
@group(0) @binding(2) var<storage, read> t756: array<f32>;
@group(0) @binding(3) var<storage, read_write> t911: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_0_attn_wkv_a_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t917: array<f32>;
@group(0) @binding(6) var<storage, read> t766: array<f32>;
@group(0) @binding(7) var<storage, read_write> t922: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k153a_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l905: f32 = p_optim_m_layers_0_attn_wkv_a_w[i];
  let v908: f32 = l905 * 0.9f;
  let l559: f32 = t559[i];
  let l903: f32 = t756[0i];
  let v904: f32 = l559 * l903;
  let v910: f32 = v904 * 0.1f;
  let v911: f32 = v908 + v910;
  t911[i] = v911;
  let l906: f32 = p_optim_v_layers_0_attn_wkv_a_w[i];
  let v913: f32 = l906 * 0.95f;
  let v914: f32 = v904 * v904;
  let v916: f32 = v914 * 0.05f;
  let v917: f32 = v913 + v916;
  t917[i] = v917;
  let v918: f32 = sqrt(v917);
  let l919: f32 = t766[0i];
  let v920: f32 = v918 / l919;
  let v922: f32 = v920 + 1e-8f;
  t922[i] = v922;
}
