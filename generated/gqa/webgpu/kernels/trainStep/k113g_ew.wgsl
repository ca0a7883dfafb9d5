// kernel k113g_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_1_attn_wv_w: array<f32>;
@group(0) @binding(1) var<storage, read> t337: array<f32>;
@group(0) @binding(2) var<storage, read> t584: array<f32>;
@group(0) @binding(3) var<storage, read_write> t881: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_1_attn_wv_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t885: array<f32>;
@group(0) @binding(6) var<storage, read> t594: array<f32>;
@group(0) @binding(7) var<storage, read_write> t888: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k113g_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l877: f32 = p_optim_m_layers_1_attn_wv_w[i];
  let v879: f32 = l877 * 0.9f;
  let l337: f32 = t337[i];
  let l681: f32 = t584[0i];
  let v876: f32 = l337 * l681;
  let v880: f32 = v876 * 0.1f;
  let v881: f32 = v879 + v880;
  t881[i] = v881;
  let l878: f32 = p_optim_v_layers_1_attn_wv_w[i];
  let v882: f32 = l878 * 0.95f;
  let v883: f32 = v876 * v876;
  let v884: f32 = v883 * 0.05f;
  let v885: f32 = v882 + v884;
  t885[i] = v885;
  let v886: f32 = sqrt(v885);
  let l697: f32 = t594[0i];
  let v887: f32 = v886 / l697;
  let v888: f32 = v887 + 1e-8f;
  t888[i] = v888;
}
