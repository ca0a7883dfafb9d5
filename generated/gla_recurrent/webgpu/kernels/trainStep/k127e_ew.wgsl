// kernel k127e_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_0_mlp_w3_w: array<f32>;
@group(0) @binding(1) var<storage, read> t386: array<f32>;
@group(0) @binding(2) var<storage, read> t666: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1012: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_0_mlp_w3_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1016: array<f32>;
@group(0) @binding(6) var<storage, read> t676: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1019: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k127e_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l1008: f32 = p_optim_m_layers_0_mlp_w3_w[i];
  let v1010: f32 = l1008 * 0.9f;
  let l386: f32 = t386[i];
  let l955: f32 = t666[0i];
  let v1007: f32 = l386 * l955;
  let v1011: f32 = v1007 * 0.1f;
  let v1012: f32 = v1010 + v1011;
  t1012[i] = v1012;
  let l1009: f32 = p_optim_v_layers_0_mlp_w3_w[i];
  let v1013: f32 = l1009 * 0.95f;
  let v1014: f32 = v1007 * v1007;
  let v1015: f32 = v1014 * 0.05f;
  let v1016: f32 = v1013 + v1015;
  t1016[i] = v1016;
  let v1017: f32 = sqrt(v1016);
  let l971: f32 = t676[0i];
  let v1018: f32 = v1017 / l971;
  let v1019: f32 = v1018 + 1e-8f;
  t1019[i] = v1019;
}
