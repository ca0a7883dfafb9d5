// kernel k112c_ew
@group(0) @binding(0) var<storage, read> p_optim_m_blocks_0_mlp_fc_w: array<f32>;
@group(0) @binding(1) var<storage, read> t416: array<f32>;
@group(0) @binding(2) var<storage, read> t701: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1018: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_blocks_0_mlp_fc_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1024: array<f32>;
@group(0) @binding(6) var<storage, read> t711: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1029: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k112c_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l1012: f32 = p_optim_m_blocks_0_mlp_fc_w[i];
  let v1015: f32 = l1012 * 0.9f;
  let l416: f32 = t416[i];
  let l1010: f32 = t701[0i];
  let v1011: f32 = l416 * l1010;
  let v1017: f32 = v1011 * 0.1f;
  let v1018: f32 = v1015 + v1017;
  t1018[i] = v1018;
  let l1013: f32 = p_optim_v_blocks_0_mlp_fc_w[i];
  let v1020: f32 = l1013 * 0.95f;
  let v1021: f32 = v1011 * v1011;
  let v1023: f32 = v1021 * 0.05f;
  let v1024: f32 = v1020 + v1023;
  t1024[i] = v1024;
  let v1025: f32 = sqrt(v1024);
  let l1026: f32 = t711[0i];
  let v1027: f32 = v1025 / l1026;
  let v1029: f32 = v1027 + 1e-8f;
  t1029[i] = v1029;
}
