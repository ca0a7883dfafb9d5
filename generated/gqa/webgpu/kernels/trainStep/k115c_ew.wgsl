// kernel k115c_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_0_attn_wv_w: array<f32>;
@group(0) @binding(1) var<storage, read> t451: array<f32>;
@group(0) @binding(2) var<storage, read> t588: array<f32>;
@group(0) @binding(3) var<storage, read_write> t716: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_0_attn_wv_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t720: array<f32>;
@group(0) @binding(6) var<storage, read> t598: array<f32>;
@group(0) @binding(7) var<storage, read_write> t723: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k115c_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l712: f32 = p_optim_m_layers_0_attn_wv_w[i];
  let v714: f32 = l712 * 0.9f;
  let l451: f32 = t451[i];
  let l685: f32 = t588[0i];
  let v711: f32 = l451 * l685;
  let v715: f32 = v711 * 0.1f;
  let v716: f32 = v714 + v715;
  t716[i] = v716;
  let l713: f32 = p_optim_v_layers_0_attn_wv_w[i];
  let v717: f32 = l713 * 0.95f;
  let v718: f32 = v711 * v711;
  let v719: f32 = v718 * 0.05f;
  let v720: f32 = v717 + v719;
  t720[i] = v720;
  let v721: f32 = sqrt(v720);
  let l701: f32 = t598[0i];
  let v722: f32 = v721 / l701;
  let v723: f32 = v722 + 1e-8f;
  t723[i] = v723;
}
