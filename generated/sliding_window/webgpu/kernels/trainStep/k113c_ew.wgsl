// kernel k113c_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_0_attn_wv_w: array<f32>;
@group(0) @binding(1) var<storage, read> t437: array<f32>;
@group(0) @binding(2) var<storage, read> t574: array<f32>;
@group(0) @binding(3) var<storage, read_write> t702: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_0_attn_wv_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t706: array<f32>;
@group(0) @binding(6) var<storage, read> t584: array<f32>;
@group(0) @binding(7) var<storage, read_write> t709: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k113c_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l698: f32 = p_optim_m_layers_0_attn_wv_w[i];
  let v700: f32 = l698 * 0.9f;
  let l437: f32 = t437[i];
  let l671: f32 = t574[0i];
  let v697: f32 = l437 * l671;
  let v701: f32 = v697 * 0.1f;
  let v702: f32 = v700 + v701;
  t702[i] = v702;
  let l699: f32 = p_optim_v_layers_0_attn_wv_w[i];
  let v703: f32 = l699 * 0.95f;
  let v704: f32 = v697 * v697;
  let v705: f32 = v704 * 0.05f;
  let v706: f32 = v703 + v705;
  t706[i] = v706;
  let v707: f32 = sqrt(v706);
  let l687: f32 = t584[0i];
  let v708: f32 = v707 / l687;
  let v709: f32 = v708 + 1e-8f;
  t709[i] = v709;
}
