// kernel k114g_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_1_attn_wo_w: array<f32>;
@group(0) @binding(1) var<storage, read> t292: array<f32>;
@group(0) @binding(2) var<storage, read> t588: array<f32>;
@group(0) @binding(3) var<storage, read_write> t902: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_1_attn_wo_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t906: array<f32>;
@group(0) @binding(6) var<storage, read> t598: array<f32>;
@group(0) @binding(7) var<storage, read_write> t909: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k114g_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l898: f32 = p_optim_m_layers_1_attn_wo_w[i];
  let v900: f32 = l898 * 0.9f;
  let l292: f32 = t292[i];
  let l659: f32 = t588[0i];
  let v897: f32 = l292 * l659;
  let v901: f32 = v897 * 0.1f;
  let v902: f32 = v900 + v901;
  t902[i] = v902;
  let l899: f32 = p_optim_v_layers_1_attn_wo_w[i];
  let v903: f32 = l899 * 0.95f;
  let v904: f32 = v897 * v897;
  let v905: f32 = v904 * 0.05f;
  let v906: f32 = v903 + v905;
  t906[i] = v906;
  let v907: f32 = sqrt(v906);
  let l675: f32 = t598[0i];
  let v908: f32 = v907 / l675;
  let v909: f32 = v908 + 1e-8f;
  t909[i] = v909;
}
