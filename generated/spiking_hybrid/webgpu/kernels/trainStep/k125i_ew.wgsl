// kernel k125i_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_0_ffn2_w3_w: array<f32>;
@group(0) @binding(1) var<storage, read> t317: array<f32>;
@group(0) @binding(2) var<storage, read> t652: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1016: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_0_ffn2_w3_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1020: array<f32>;
@group(0) @binding(6) var<storage, read> t662: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1023: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k125i_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l1012: f32 = p_optim_m_layers_0_ffn2_w3_w[i];
  let v1014: f32 = l1012 * 0.9f;
  let l317: f32 = t317[i];
  let l816: f32 = t652[0i];
  let v1011: f32 = l317 * l816;
  let v1015: f32 = v1011 * 0.1f;
  let v1016: f32 = v1014 + v1015;
  t1016[i] = v1016;
  let l1013: f32 = p_optim_v_layers_0_ffn2_w3_w[i];
  let v1017: f32 = l1013 * 0.95f;
  let v1018: f32 = v1011 * v1011;
  let v1019: f32 = v1018 * 0.05f;
  let v1020: f32 = v1017 + v1019;
  t1020[i] = v1020;
  let v1021: f32 = sqrt(v1020);
  let l832: f32 = t662[0i];
  let v1022: f32 = v1021 / l832;
  let v1023: f32 = v1022 + 1e-8f;
  t1023[i] = v1023;
}
