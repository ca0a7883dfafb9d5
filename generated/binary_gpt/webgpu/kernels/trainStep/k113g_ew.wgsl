// kernel k113g_ew
@group(0) @binding(0) var<storage, read> p_optim_m_blocks_0_attn_wv_w: array<f32>;
@group(0) @binding(1) var<storage, read> t459: array<f32>;
@group(0) @binding(2) var<storage, read> t701: array<f32>;
@group(0) @binding(3) var<storage, read_write> t901: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_blocks_0_attn_wv_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t905: array<f32>;
@group(0) @binding(6) var<storage, read> t711: array<f32>;
@group(0) @binding(7) var<storage, read_write> t908: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k113g_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l897: f32 = p_optim_m_blocks_0_attn_wv_w[i];
  let v899: f32 = l897 * 0.9f;
  let l459: f32 = t459[i];
  let l745: f32 = t701[0i];
  let v896: f32 = l459 * l745;
  let v900: f32 = v896 * 0.1f;
  let v901: f32 = v899 + v900;
  t901[i] = v901;
  let l898: f32 = p_optim_v_blocks_0_attn_wv_w[i];
  let v902: f32 = l898 * 0.95f;
  let v903: f32 = v896 * v896;
  let v904: f32 = v903 * 0.05f;
  let v905: f32 = v902 + v904;
  t905[i] = v905;
  let v906: f32 = sqrt(v905);
  let l761: f32 = t711[0i];
  let v907: f32 = v906 / l761;
  let v908: f32 = v907 + 1e-8f;
  t908[i] = v908;
}
