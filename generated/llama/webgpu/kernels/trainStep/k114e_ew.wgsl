// kernel k114e_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_0_attn_wv_w: array<f32>;
@group(0) @binding(1) var<storage, read> t449: array<f32>;
@group(0) @binding(2) var<storage, read> t586: array<f32>;
@group(0) @binding(3) var<storage, read_write> t705: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_0_attn_wv_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t709: array<f32>;
@group(0) @binding(6) var<storage, read> t596: array<f32>;
@group(0) @binding(7) var<storage, read_write> t712: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k114e_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l701: f32 = p_optim_m_layers_0_attn_wv_w[i];
  let v703: f32 = l701 * 0.9f;
  let l449: f32 = t449[i];
  let l657: f32 = t586[0i];
  let v700: f32 = l449 * l657;
  let v704: f32 = v700 * 0.1f;
  let v705: f32 = v703 + v704;
  t705[i] = v705;
  let l702: f32 = p_optim_v_layers_0_attn_wv_w[i];
  let v706: f32 = l702 * 0.95f;
  let v707: f32 = v700 * v700;
  let v708: f32 = v707 * 0.05f;
  let v709: f32 = v706 + v708;
  t709[i] = v709;
  let v710: f32 = sqrt(v709);
  let l673: f32 = t596[0i];
  let v711: f32 = v710 / l673;
  let v712: f32 = v711 + 1e-8f;
  t712[i] = v712;
}
