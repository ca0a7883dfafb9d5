// kernel k197a_ew
@group(0) @binding(0) var<storage, read> p_optim_m_wpe: array<f32>;
@group(0) @binding(1) var<storage, read> t810: array<f32>;
@group(0) @binding(2) var<storage, read> t986: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1038: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_wpe: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1044: array<f32>;
@group(0) @binding(6) var<storage, read> t996: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1049: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k197a_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l1032: f32 = p_optim_m_wpe[i];
  let v1035: f32 = l1032 * 0.9f;
  let l811: f32 = t810[i];
  let l1030: f32 = t986[0i];
  let v1031: f32 = l811 * l1030;
  let v1037: f32 = v1031 * 0.1f;
  let v1038: f32 = v1035 + v1037;
  t1038[i] = v1038;
  let l1033: f32 = p_optim_v_wpe[i];
  let v1040: f32 = l1033 * 0.95f;
  let v1041: f32 = v1031 * v1031;
  let v1043: f32 = v1041 * 0.05f;
  let v1044: f32 = v1040 + v1043;
  t1044[i] = v1044;
  let v1045: f32 = sqrt(v1044);
  let l1046: f32 = t996[0i];
  let v1047: f32 = v1045 / l1046;
  let v1049: f32 = v1047 + 1e-8f;
  t1049[i] = v1049;
}
