// kernel k129a_ew
@group(0) @binding(0) var<storage, read> p_optim_m_blocks_0_mlp_fc_b: array<f32>;
@group(0) @binding(1) var<storage, read> t472: array<f32>;
@group(0) @binding(2) var<storage, read> t736: array<f32>;
@group(0) @binding(3) var<storage, read_write> t983: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_blocks_0_mlp_fc_b: array<f32>;
@group(0) @binding(5) var<storage, read_write> t989: array<f32>;
@group(0) @binding(6) var<storage, read> t746: array<f32>;
@group(0) @binding(7) var<storage, read_write> t995: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k129a_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l977: f32 = p_optim_m_blocks_0_mlp_fc_b[i];
  let v980: f32 = l977 * 0.9f;
  let l473: f32 = t472[i];
  let l975: f32 = t736[0i];
  let v976: f32 = l473 * l975;
  let v982: f32 = v976 * 0.1f;
  let v983: f32 = v980 + v982;
  t983[i] = v983;
  let l978: f32 = p_optim_v_blocks_0_mlp_fc_b[i];
  let v985: f32 = l978 * 0.95f;
  let v986: f32 = v976 * v976;
  let v988: f32 = v986 * 0.05f;
  let v989: f32 = v985 + v988;
  t989[i] = v989;
  let v990: f32 = sqrt(v989);
  let l991: f32 = t746[0i];
  let v992: f32 = v990 / l991;
  let v994: f32 = v992 + 1e-8f;
  let v995: f32 = v983 / v994;
  t995[i] = v995;
}
