// kernel k113k_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_1_mlp_w3_w: array<f32>;
@group(0) @binding(1) var<storage, read> t251: array<f32>;
@group(0) @binding(2) var<storage, read> t572: array<f32>;
@group(0) @binding(3) var<storage, read_write> t944: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_1_mlp_w3_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t948: array<f32>;
@group(0) @binding(6) var<storage, read> t582: array<f32>;
@group(0) @binding(7) var<storage, read_write> t951: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k113k_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l940: f32 = p_optim_m_layers_1_mlp_w3_w[i];
  let v942: f32 = l940 * 0.9f;
  let l251: f32 = t251[i];
  let l736: f32 = t572[0i];
  let v939: f32 = l251 * l736;
  let v943: f32 = v939 * 0.1f;
  let v944: f32 = v942 + v943;
  t944[i] = v944;
  let l941: f32 = p_optim_v_layers_1_mlp_w3_w[i];
  let v945: f32 = l941 * 0.95f;
  let v946: f32 = v939 * v939;
  let v947: f32 = v946 * 0.05f;
  let v948: f32 = v945 + v947;
  t948[i] = v948;
  let v949: f32 = sqrt(v948);
  let l752: f32 = t582[0i];
  let v950: f32 = v949 / l752;
  let v951: f32 = v950 + 1e-8f;
  t951[i] = v951;
}
