// kernel k84g_ew
@group(0) @binding(0) var<storage, read> p_optim_m_head_w: array<f32>;
@group(0) @binding(1) var<storage, read> t199: array<f32>;
@group(0) @binding(2) var<storage, read> t562: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1032: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_head_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1036: array<f32>;
@group(0) @binding(6) var<storage, read> t572: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1039: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k84g_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l1028: f32 = p_optim_m_head_w[i];
  let v1030: f32 = l1028 * 0.9f;
  let l199: f32 = t199[i];
  let l633: f32 = t562[0i];
  let v1027: f32 = l199 * l633;
  let v1031: f32 = v1027 * 0.1f;
  let v1032: f32 = v1030 + v1031;
  t1032[i] = v1032;
  let l1029: f32 = p_optim_v_head_w[i];
  let v1033: f32 = l1029 * 0.95f;
  let v1034: f32 = v1027 * v1027;
  let v1035: f32 = v1034 * 0.05f;
  let v1036: f32 = v1033 + v1035;
  t1036[i] = v1036;
  let v1037: f32 = sqrt(v1036);
  let l649: f32 = t572[0i];
  let v1038: f32 = v1037 / l649;
  let v1039: f32 = v1038 + 1e-8f;
  t1039[i] = v1039;
}
