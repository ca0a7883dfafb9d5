// kernel k115i_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_1_mlp_w2_w: array<f32>;
@group(0) @binding(1) var<storage, read> t256: array<f32>;
@group(0) @binding(2) var<storage, read> t586: array<f32>;
@group(0) @binding(3) var<storage, read_write> t941: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_1_mlp_w2_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t945: array<f32>;
@group(0) @binding(6) var<storage, read> t596: array<f32>;
@group(0) @binding(7) var<storage, read_write> t948: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k115i_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l937: f32 = p_optim_m_layers_1_mlp_w2_w[i];
  let v939: f32 = l937 * 0.9f;
  let l256: f32 = t256[i];
  let l776: f32 = t586[0i];
  let v936: f32 = l256 * l776;
  let v940: f32 = v936 * 0.1f;
  let v941: f32 = v939 + v940;
  t941[i] = v941;
  let l938: f32 = p_optim_v_layers_1_mlp_w2_w[i];
  let v942: f32 = l938 * 0.95f;
  let v943: f32 = v936 * v936;
  let v944: f32 = v943 * 0.05f;
  let v945: f32 = v942 + v944;
  t945[i] = v945;
  let v946: f32 = sqrt(v945);
  let l792: f32 = t596[0i];
  let v947: f32 = v946 / l792;
  let v948: f32 = v947 + 1e-8f;
  t948[i] = v948;
}
