// kernel k112g_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_1_attn_wo_w: array<f32>;
@group(0) @binding(1) var<storage, read> t290: array<f32>;
@group(0) @binding(2) var<storage, read> t584: array<f32>;
@group(0) @binding(3) var<storage, read_write> t898: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_1_attn_wo_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t902: array<f32>;
@group(0) @binding(6) var<storage, read> t594: array<f32>;
@group(0) @binding(7) var<storage, read_write> t905: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k112g_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l894: f32 = p_optim_m_layers_1_attn_wo_w[i];
  let v896: f32 = l894 * 0.9f;
  let l291: f32 = t290[i];
  let l655: f32 = t584[0i];
  let v893: f32 = l291 * l655;
  let v897: f32 = v893 * 0.1f;
  let v898: f32 = v896 + v897;
  t898[i] = v898;
  let l895: f32 = p_optim_v_layers_1_attn_wo_w[i];
  let v899: f32 = l895 * 0.95f;
  let v900: f32 = v893 * v893;
  let v901: f32 = v900 * 0.05f;
  let v902: f32 = v899 + v901;
  t902[i] = v902;
  let v903: f32 = sqrt(v902);
  let l671: f32 = t594[0i];
  let v904: f32 = v903 / l671;
  let v905: f32 = v904 + 1e-8f;
  t905[i] = v905;
}
