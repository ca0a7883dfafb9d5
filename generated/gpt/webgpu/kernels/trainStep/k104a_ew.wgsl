// kernel k104a_ew
@group(0) @binding(0) var<storage, read> p_optim_m_blocks_0_mlp_fc_w: array<f32>;
@group(0) @binding(1) var<storage, read> t421: array<f32>;
@group(0) @binding(2) var<storage, read> t679: array<f32>;
@group(0) @binding(3) var<storage, read_write> t964: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_blocks_0_mlp_fc_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t970: array<f32>;
@group(0) @binding(6) var<storage, read> t689: array<f32>;
@group(0) @binding(7) var<storage, read_write> t975: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k104a_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l958: f32 = p_optim_m_blocks_0_mlp_fc_w[i];
  let v961: f32 = l958 * 0.9f;
  let l421: f32 = t421[i];
  let l956: f32 = t679[0i];
  let v957: f32 = l421 * l956;
  let v963: f32 = v957 * 0.1f;
  let v964: f32 = v961 + v963;
  t964[i] = v964;
  let l959: f32 = p_optim_v_blocks_0_mlp_fc_w[i];
  let v966: f32 = l959 * 0.95f;
  let v967: f32 = v957 * v957;
  let v969: f32 = v967 * 0.05f;
  let v970: f32 = v966 + v969;
  t970[i] = v970;
  let v971: f32 = sqrt(v970);
  let l972: f32 = t689[0i];
  let v973: f32 = v971 / l972;
  let v975: f32 = v973 + 1e-8f;
  t975[i] = v975;
}
