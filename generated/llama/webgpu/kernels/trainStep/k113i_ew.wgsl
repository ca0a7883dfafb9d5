// kernel k113i_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_1_mlp_w2_w: array<f32>;
@group(0) @binding(1) var<storage, read> t254: array<f32>;
@group(0) @binding(2) var<storage, read> t582: array<f32>;
@group(0) @binding(3) var<storage, read_write> t937: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_1_mlp_w2_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t941: array<f32>;
@group(0) @binding(6) var<storage, read> t592: array<f32>;
@group(0) @binding(7) var<storage, read_write> t944: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k113i_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l933: f32 = p_optim_m_layers_1_mlp_w2_w[i];
  let v935: f32 = l933 * 0.9f;
  let l254: f32 = t254[i];
  let l772: f32 = t582[0i];
  let v932: f32 = l254 * l772;
  let v936: f32 = v932 * 0.1f;
  let v937: f32 = v935 + v936;
  t937[i] = v937;
  let l934: f32 = p_optim_v_layers_1_mlp_w2_w[i];
  let v938: f32 = l934 * 0.95f;
  let v939: f32 = v932 * v932;
  let v940: f32 = v939 * 0.05f;
  let v941: f32 = v938 + v940;
  t941[i] = v941;
  let v942: f32 = sqrt(v941);
  let l788: f32 = t592[0i];
  let v943: f32 = v942 / l788;
  let v944: f32 = v943 + 1e-8f;
  t944[i] = v944;
}
