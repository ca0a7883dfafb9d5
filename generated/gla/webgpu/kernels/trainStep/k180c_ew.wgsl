// kernel k180c_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_0_attn_wk_w: array<f32>;
@group(0) @binding(1) var<storage, read> t656: array<f32>;
@group(0) @binding(2) var<storage, read> t840: array<f32>;
@group(0) @binding(3) var<storage, read_write> t942: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_0_attn_wk_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t946: array<f32>;
@group(0) @binding(6) var<storage, read> t850: array<f32>;
@group(0) @binding(7) var<storage, read_write> t949: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k180c_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l938: f32 = p_optim_m_layers_0_attn_wk_w[i];
  let v940: f32 = l938 * 0.9f;
  let l656: f32 = t656[i];
  let l911: f32 = t840[0i];
  let v937: f32 = l656 * l911;
  let v941: f32 = v937 * 0.1f;
  let v942: f32 = v940 + v941;
  t942[i] = v942;
  let l939: f32 = p_optim_v_layers_0_attn_wk_w[i];
  let v943: f32 = l939 * 0.95f;
  let v944: f32 = v937 * v937;
  let v945: f32 = v944 * 0.05f;
  let v946: f32 = v943 + v945;
  t946[i] = v946;
  let v947: f32 = sqrt(v946);
  let l927: f32 = t850[0i];
  let v948: f32 = v947 / l927;
  let v949: f32 = v948 + 1e-8f;
  t949[i] = v949;
}
