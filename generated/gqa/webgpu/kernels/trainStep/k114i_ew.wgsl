// kernel k114i_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_1_mlp_w2_w: array<f32>;
@group(0) @binding(1) var<storage, read> t249: array<f32>;
@group(0) @binding(2) var<storage, read> t574: array<f32>;
@group(0) @binding(3) var<storage, read_write> t938: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_1_mlp_w2_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t942: array<f32>;
@group(0) @binding(6) var<storage, read> t584: array<f32>;
@group(0) @binding(7) var<storage, read_write> t945: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k114i_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l934: f32 = p_optim_m_layers_1_mlp_w2_w[i];
  let v936: f32 = l934 * 0.9f;
  let l249: f32 = t249[i];
  let l773: f32 = t574[0i];
  let v933: f32 = l249 * l773;
  let v937: f32 = v933 * 0.1f;
  let v938: f32 = v936 + v937;
  t938[i] = v938;
  let l935: f32 = p_optim_v_layers_1_mlp_w2_w[i];
  let v939: f32 = l935 * 0.95f;
  let v940: f32 = v933 * v933;
  let v941: f32 = v940 * 0.05f;
  let v942: f32 = v939 + v941;
  t942[i] = v942;
  let v943: f32 = sqrt(v942);
  let l789: f32 = t584[0i];
  let v944: f32 = v943 / l789;
  let v945: f32 = v944 + 1e-8f;
  t945[i] = v945;
}
