// kernel k113g_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_1_attn_wv_w: array<f32>;
@group(0) @binding(1) var<storage, read> t329: array<f32>;
@group(0) @binding(2) var<storage, read> t574: array<f32>;
@group(0) @binding(3) var<storage, read_write> t871: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_1_attn_wv_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t875: array<f32>;
@group(0) @binding(6) var<storage, read> t584: array<f32>;
@group(0) @binding(7) var<storage, read_write> t878: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k113g_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l867: f32 = p_optim_m_layers_1_attn_wv_w[i];
  let v869: f32 = l867 * 0.9f;
  let l329: f32 = t329[i];
  let l671: f32 = t574[0i];
  let v866: f32 = l329 * l671;
  let v870: f32 = v866 * 0.1f;
  let v871: f32 = v869 + v870;
  t871[i] = v871;
  let l868: f32 = p_optim_v_layers_1_attn_wv_w[i];
  let v872: f32 = l868 * 0.95f;
  let v873: f32 = v866 * v866;
  let v874: f32 = v873 * 0.05f;
  let v875: f32 = v872 + v874;
  t875[i] = v875;
  let v876: f32 = sqrt(v875);
  let l687: f32 = t584[0i];
  let v877: f32 = v876 / l687;
  let v878: f32 = v877 + 1e-8f;
  t878[i] = v878;
}
