// kernel k150c_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_0_attn_wkv_b_w: array<f32>;
@group(0) @binding(1) var<storage, read> t530: array<f32>;
@group(0) @binding(2) var<storage, read> t766: array<f32>;
@group(0) @binding(3) var<storage, read_write> t971: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_0_attn_wkv_b_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t977: array<f32>;
@group(0) @binding(6) var<storage, read> t776: array<f32>;
@group(0) @binding(7) var<storage, read_write> t982: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k150c_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l965: f32 = p_optim_m_layers_0_attn_wkv_b_w[i];
  let v968: f32 = l965 * 0.9f;
  let l530: f32 = t530[i];
  let l963: f32 = t766[0i];
  let v964: f32 = l530 * l963;
  let v970: f32 = v964 * 0.1f;
  let v971: f32 = v968 + v970;
  t971[i] = v971;
  let l966: f32 = p_optim_v_layers_0_attn_wkv_b_w[i];
  let v973: f32 = l966 * 0.95f;
  let v974: f32 = v964 * v964;
  let v976: f32 = v974 * 0.05f;
  let v977: f32 = v973 + v976;
  t977[i] = v977;
  let v978: f32 = sqrt(v977);
  let l979: f32 = t776[0i];
  let v980: f32 = v978 / l979;
  let v982: f32 = v980 + 1e-8f;
  t982[i] = v982;
}
