// kernel k201a_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_0_attn_wq_w: array<f32>;
@group(0) @binding(1) var<storage, read> t841: array<f32>;
@group(0) @binding(2) var<storage, read> t958: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1037: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_0_attn_wq_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1043: array<f32>;
@group(0) @binding(6) var<storage, read> t968: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1048: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k201a_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l1031: f32 = p_optim_m_layers_0_attn_wq_w[i];
  let v1034: f32 = l1031 * 0.9f;
  let l841: f32 = t841[i];
  let l1029: f32 = t958[0i];
  let v1030: f32 = l841 * l1029;
  let v1036: f32 = v1030 * 0.1f;
  let v1037: f32 = v1034 + v1036;
  t1037[i] = v1037;
  let l1032: f32 = p_optim_v_layers_0_attn_wq_w[i];
  let v1039: f32 = l1032 * 0.95f;
  let v1040: f32 = v1030 * v1030;
  let v1042: f32 = v1040 * 0.05f;
  let v1043: f32 = v1039 + v1042;
  t1043[i] = v1043;
  let v1044: f32 = sqrt(v1043);
  let l1045: f32 = t968[0i];
  let v1046: f32 = v1044 / l1045;
  let v1048: f32 = v1046 + 1e-8f;
  t1048[i] = v1048;
}
