// kernel k144a_ew
@group(0) @binding(0) var<storage, read> p_optim_m_emb_w: array<f32>;
@group(0) @binding(1) var<storage, read> t793: array<f32>;
@group(0) @binding(2) var<storage, read> t995: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1015: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_emb_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1021: array<f32>;
@group(0) @binding(6) var<storage, read> t1005: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1027: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k144a_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l1009: f32 = p_optim_m_emb_w[i];
  let v1012: f32 = l1009 * 0.9f;
  let l793: f32 = t793[i];
  let l1007: f32 = t995[0i];
  let v1008: f32 = l793 * l1007;
  let v1014: f32 = v1008 * 0.1f;
  let v1015: f32 = v1012 + v1014;
  t1015[i] = v1015;
  let l1010: f32 = p_optim_v_emb_w[i];
  let v1017: f32 = l1010 * 0.95f;
  let v1018: f32 = v1008 * v1008;
  let v1020: f32 = v1018 * 0.05f;
  let v1021: f32 = v1017 + v1020;
  t1021[i] = v1021;
  let v1022: f32 = sqrt(v1021);
  let l1024: f32 = t1005[0i];
  let v1025: f32 = v1022 / l1024;
  let v1027: f32 = v1025 + 1e-8f;
  t1027[i] = v1027;
}
