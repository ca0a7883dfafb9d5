// kernel k123a_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_1_attn_wq_w: array<f32>;
@group(0) @binding(1) var<storage, read> t381: array<f32>;
@group(0) @binding(2) var<storage, read> t628: array<f32>;
@group(0) @binding(3) var<storage, read_write> t882: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_1_attn_wq_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t886: array<f32>;
@group(0) @binding(6) var<storage, read> t638: array<f32>;
@group(0) @binding(7) var<storage, read_write> t889: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k123a_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l878: f32 = p_optim_m_layers_1_attn_wq_w[i];
  let v880: f32 = l878 * 0.9f;
  let l381: f32 = t381[i];
  let l699: f32 = t628[0i];
  let v877: f32 = l381 * l699;
  let v881: f32 = v877 * 0.1f;
  let v882: f32 = v880 + v881;
  t882[i] = v882;
  let l879: f32 = p_optim_v_layers_1_attn_wq_w[i];
  let v883: f32 = l879 * 0.95f;
  let v884: f32 = v877 * v877;
  let v885: f32 = v884 * 0.05f;
  let v886: f32 = v883 + v885;
  t886[i] = v886;
  let v887: f32 = sqrt(v886);
  let l715: f32 = t638[0i];
  let v888: f32 = v887 / l715;
  let v889: f32 = v888 + 1e-8f;
  t889[i] = v889;
}
