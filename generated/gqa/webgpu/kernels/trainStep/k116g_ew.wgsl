// kernel k116g_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_1_mlp_w1_w: array<f32>;
@group(0) @binding(1) var<storage, read> t272: array<f32>;
@group(0) @binding(2) var<storage, read> t588: array<f32>;
@group(0) @binding(3) var<storage, read_write> t935: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_1_mlp_w1_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t939: array<f32>;
@group(0) @binding(6) var<storage, read> t598: array<f32>;
@group(0) @binding(7) var<storage, read_write> t942: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k116g_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l931: f32 = p_optim_m_layers_1_mlp_w1_w[i];
  let v933: f32 = l931 * 0.9f;
  let l272: f32 = t272[i];
  let l761: f32 = t588[0i];
  let v930: f32 = l272 * l761;
  let v934: f32 = v930 * 0.1f;
  let v935: f32 = v933 + v934;
  t935[i] = v935;
  let l932: f32 = p_optim_v_layers_1_mlp_w1_w[i];
  let v936: f32 = l932 * 0.95f;
  let v937: f32 = v930 * v930;
  let v938: f32 = v937 * 0.05f;
  let v939: f32 = v936 + v938;
  t939[i] = v939;
  let v940: f32 = sqrt(v939);
  let l777: f32 = t598[0i];
  let v941: f32 = v940 / l777;
  let v942: f32 = v941 + 1e-8f;
  t942[i] = v942;
}
