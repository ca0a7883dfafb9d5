// kernel k112o_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_1_attn_wo_w: array<f32>;
@group(0) @binding(1) var<storage, read> t280: array<f32>;
@group(0) @binding(2) var<storage, read> t572: array<f32>;
@group(0) @binding(3) var<storage, read_write> t877: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_1_attn_wo_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t881: array<f32>;
@group(0) @binding(6) var<storage, read> t582: array<f32>;
@group(0) @binding(7) var<storage, read_write> t884: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k112o_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l873: f32 = p_optim_m_layers_1_attn_wo_w[i];
  let v875: f32 = l873 * 0.9f;
  let l281: f32 = t280[i];
  let l643: f32 = t572[0i];
  let v872: f32 = l281 * l643;
  let v876: f32 = v872 * 0.1f;
  let v877: f32 = v875 + v876;
  t877[i] = v877;
  let l874: f32 = p_optim_v_layers_1_attn_wo_w[i];
  let v878: f32 = l874 * 0.95f;
  let v879: f32 = v872 * v872;
  let v880: f32 = v879 * 0.05f;
  let v881: f32 = v878 + v880;
  t881[i] = v881;
  let v882: f32 = sqrt(v881);
  let l659: f32 = t582[0i];
  let v883: f32 = v882 / l659;
  let v884: f32 = v883 + 1e-8f;
  t884[i] = v884;
}
