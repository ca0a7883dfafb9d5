// kernel k95a_ew
@group(0) @binding(0) var<storage, read> p_optim_m_blocks_0_mlp_fc_b: array<f32>;
@group(0) @binding(1) var<storage, read> t381: array<f32>;
@group(0) @binding(2) var<storage, read> t636: array<f32>;
@group(0) @binding(3) var<storage, read_write> t947: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_blocks_0_mlp_fc_b: array<f32>;
@group(0) @binding(5) var<storage, read_write> t953: array<f32>;
@group(0) @binding(6) var<storage, read> t646: array<f32>;
@group(0) @binding(7) var<storage, read_write> t959: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k95a_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l941: f32 = p_optim_m_blocks_0_mlp_fc_b[i];
  let v944: f32 = l941 * 0.9f;
  let l382: f32 = t381[i];
  let l939: f32 = t636[0i];
  let v940: f32 = l382 * l939;
  let v946: f32 = v940 * 0.1f;
  let v947: f32 = v944 + v946;
  t947[i] = v947;
  let l942: f32 = p_optim_v_blocks_0_mlp_fc_b[i];
  let v949: f32 = l942 * 0.95f;
  let v950: f32 = v940 * v940;
  let v952: f32 = v950 * 0.05f;
  let v953: f32 = v949 + v952;
  t953[i] = v953;
  let v954: f32 = sqrt(v953);
  let l955: f32 = t646[0i];
  let v956: f32 = v954 / l955;
  let v958: f32 = v956 + 1e-8f;
  let v959: f32 = v947 / v958;
  t959[i] = v959;
}
