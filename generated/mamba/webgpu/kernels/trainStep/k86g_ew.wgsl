// kernel k86g_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_1_mixer_dt_w: array<f32>;
@group(0) @binding(1) var<storage, read> t266: array<f32>;
@group(0) @binding(2) var<storage, read> t562: array<f32>;
@group(0) @binding(3) var<storage, read_write> t933: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_1_mixer_dt_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t937: array<f32>;
@group(0) @binding(6) var<storage, read> t572: array<f32>;
@group(0) @binding(7) var<storage, read_write> t940: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k86g_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l929: f32 = p_optim_m_layers_1_mixer_dt_w[i];
  let v931: f32 = l929 * 0.9f;
  let l266: f32 = t266[i];
  let l735: f32 = t562[0i];
  let v928: f32 = l266 * l735;
  let v932: f32 = v928 * 0.1f;
  let v933: f32 = v931 + v932;
  t933[i] = v933;
  let l930: f32 = p_optim_v_layers_1_mixer_dt_w[i];
  let v934: f32 = l930 * 0.95f;
  let v935: f32 = v928 * v928;
  let v936: f32 = v935 * 0.05f;
  let v937: f32 = v934 + v936;
  t937[i] = v937;
  let v938: f32 = sqrt(v937);
  let l751: f32 = t572[0i];
  let v939: f32 = v938 / l751;
  let v940: f32 = v939 + 1e-8f;
  t940[i] = v940;
}
