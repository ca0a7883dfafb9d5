// kernel k125e_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_0_ffn1_w2_w: array<f32>;
@group(0) @binding(1) var<storage, read> t422: array<f32>;
@group(0) @binding(2) var<storage, read> t652: array<f32>;
@group(0) @binding(3) var<storage, read_write> t867: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_0_ffn1_w2_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t873: array<f32>;
@group(0) @binding(6) var<storage, read> t662: array<f32>;
@group(0) @binding(7) var<storage, read_write> t878: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k125e_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l861: f32 = p_optim_m_layers_0_ffn1_w2_w[i];
  let v864: f32 = l861 * 0.9f;
  let l422: f32 = t422[i];
  let l859: f32 = t652[0i];
  let v860: f32 = l422 * l859;
  let v866: f32 = v860 * 0.1f;
  let v867: f32 = v864 + v866;
  t867[i] = v867;
  let l862: f32 = p_optim_v_layers_0_ffn1_w2_w[i];
  let v869: f32 = l862 * 0.95f;
  let v870: f32 = v860 * v860;
  let v872: f32 = v870 * 0.05f;
  let v873: f32 = v869 + v872;
  t873[i] = v873;
  let v874: f32 = sqrt(v873);
  let l875: f32 = t662[0i];
  let v876: f32 = v874 / l875;
  let v878: f32 = v876 + 1e-8f;
  t878[i] = v878;
}
