// kernel k26a_ew
@group(0) @binding(0) var<storage, read> p_optim_m_head_w: array<f32>;
@group(0) @binding(1) var<storage, read> t473: array<f32>;
@group(0) @binding(2) var<storage, read> t785: array<f32>;
@group(0) @binding(3) var<storage, read_write> t932: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_head_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t938: array<f32>;
@group(0) @binding(6) var<storage, read> t795: array<f32>;
@group(0) @binding(7) var<storage, read_write> t943: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k26a_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l926: f32 = p_optim_m_head_w[i];
  let v929: f32 = l926 * 0.9f;
  let l473: f32 = t473[i];
  let l924: f32 = t785[0i];
  let v925: f32 = l473 * l924;
  let v931: f32 = v925 * 0.1f;
  let v932: f32 = v929 + v931;
  t932[i] = v932;
  let l927: f32 = p_optim_v_head_w[i];
  let v934: f32 = l927 * 0.95f;
  let v935: f32 = v925 * v925;
  let v937: f32 = v935 * 0.05f;
  let v938: f32 = v934 + v937;
  t938[i] = v938;
  let v939: f32 = sqrt(v938);
  let l940: f32 = t795[0i];
  let v941: f32 = v939 / l940;
  let v943: f32 = v941 + 1e-8f;
  t943[i] = v943;
}
