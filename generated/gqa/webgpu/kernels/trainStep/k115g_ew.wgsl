// kernel k115g_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_1_attn_wv_w: array<f32>;
@group(0) @binding(1) var<storage, read> t340: array<f32>;
@group(0) @binding(2) var<storage, read> t588: array<f32>;
@group(0) @binding(3) var<storage, read_write> t885: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_1_attn_wv_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t889: array<f32>;
@group(0) @binding(6) var<storage, read> t598: array<f32>;
@group(0) @binding(7) var<storage, read_write> t892: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k115g_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l881: f32 = p_optim_m_layers_1_attn_wv_w[i];
  let v883: f32 = l881 * 0.9f;
  let l340: f32 = t340[i];
  let l685: f32 = t588[0i];
  let v880: f32 = l340 * l685;
  let v884: f32 = v880 * 0.1f;
  let v885: f32 = v883 + v884;
  t885[i] = v885;
  let l882: f32 = p_optim_v_layers_1_attn_wv_w[i];
  let v886: f32 = l882 * 0.95f;
  let v887: f32 = v880 * v880;
  let v888: f32 = v887 * 0.05f;
  let v889: f32 = v886 + v888;
  t889[i] = v889;
  let v890: f32 = sqrt(v889);
  let l701: f32 = t598[0i];
  let v891: f32 = v890 / l701;
  let v892: f32 = v891 + 1e-8f;
  t892[i] = v892;
}
