// kernel k201a_ew
@group(0) @binding(0) var<storage, read> p_optim_m_tok_w: array<f32>;
@group(0) @binding(1) var<storage, read> t859: array<f32>;
@group(0) @binding(2) var<storage, read> t989: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1009: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_tok_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1015: array<f32>;
@group(0) @binding(6) var<storage, read> t999: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1021: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k201a_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l1003: f32 = p_optim_m_tok_w[i];
  let v1006: f32 = l1003 * 0.9f;
  let l859: f32 = t859[i];
  let l1001: f32 = t989[0i];
  let v1002: f32 = l859 * l1001;
  let v1008: f32 = v1002 * 0.1f;
  let v1009: f32 = v1006 + v1008;
  t1009[i] = v1009;
  let l1004: f32 = p_optim_v_tok_w[i];
  let v1011: f32 = l1004 * 0.95f;
  let v1012: f32 = v1002 * v1002;
  let v1014: f32 = v1012 * 0.05f;
  let v1015: f32 = v1011 + v1014;
  t1015[i] = v1015;
  let v1016: f32 = sqrt(v1015);
  let l1018: f32 = t999[0i];
  let v1019: f32 = v1016 / l1018;
  let v1021: f32 = v1019 + 1e-8f;
  t1021[i] = v1021;
}
