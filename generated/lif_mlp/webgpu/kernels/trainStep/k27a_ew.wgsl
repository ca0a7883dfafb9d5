// kernel k27a_ew
@group(0) @binding(0) var<storage, read> p_optim_m_head_b: array<f32>;
@group(0) @binding(1) var<storage, read> t470: array<f32>;
@group(0) @binding(2) var<storage, read> t785: array<f32>;
@group(0) @binding(3) var<storage, read_write> t958: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_head_b: array<f32>;
@group(0) @binding(5) var<storage, read_write> t964: array<f32>;
@group(0) @binding(6) var<storage, read> t795: array<f32>;
@group(0) @binding(7) var<storage, read_write> t970: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k27a_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l952: f32 = p_optim_m_head_b[i];
  let v955: f32 = l952 * 0.9f;
  let l471: f32 = t470[i];
  let l950: f32 = t785[0i];
  let v951: f32 = l471 * l950;
  let v957: f32 = v951 * 0.1f;
  let v958: f32 = v955 + v957;
  t958[i] = v958;
  let l953: f32 = p_optim_v_head_b[i];
  let v960: f32 = l953 * 0.95f;
  let v961: f32 = v951 * v951;
  let v963: f32 = v961 * 0.05f;
  let v964: f32 = v960 + v963;
  t964[i] = v964;
  let v965: f32 = sqrt(v964);
  let l966: f32 = t795[0i];
  let v967: f32 = v965 / l966;
  let v969: f32 = v967 + 1e-8f;
  let v970: f32 = v958 / v969;
  t970[i] = v970;
}
