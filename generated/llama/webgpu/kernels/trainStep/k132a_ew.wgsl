// kernel k132a_ew
@group(0) @binding(0) var<storage, read> p_optim_m_head_w: array<f32>;
@group(0) @binding(1) var<storage, read> t264: array<f32>;
@group(0) @binding(2) var<storage, read> t628: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1036: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_head_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1042: array<f32>;
@group(0) @binding(6) var<storage, read> t638: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1047: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k132a_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l1030: f32 = p_optim_m_head_w[i];
  let v1033: f32 = l1030 * 0.9f;
  let l264: f32 = t264[i];
  let l1028: f32 = t628[0i];
  let v1029: f32 = l264 * l1028;
  let v1035: f32 = v1029 * 0.1f;
  let v1036: f32 = v1033 + v1035;
  t1036[i] = v1036;
  let l1031: f32 = p_optim_v_head_w[i];
  let v1038: f32 = l1031 * 0.95f;
  let v1039: f32 = v1029 * v1029;
  let v1041: f32 = v1039 * 0.05f;
  let v1042: f32 = v1038 + v1041;
  t1042[i] = v1042;
  let v1043: f32 = sqrt(v1042);
  let l1044: f32 = t638[0i];
  let v1045: f32 = v1043 / l1044;
  let v1047: f32 = v1045 + 1e-8f;
  t1047[i] = v1047;
}
