// kernel k94c_ew
@group(0) @binding(0) var<storage, read> p_optim_m_blocks_0_mlp_fc_w: array<f32>;
@group(0) @binding(1) var<storage, read> t387: array<f32>;
@group(0) @binding(2) var<storage, read> t640: array<f32>;
@group(0) @binding(3) var<storage, read_write> t925: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_blocks_0_mlp_fc_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t931: array<f32>;
@group(0) @binding(6) var<storage, read> t650: array<f32>;
@group(0) @binding(7) var<storage, read_write> t936: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k94c_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l919: f32 = p_optim_m_blocks_0_mlp_fc_w[i];
  let v922: f32 = l919 * 0.9f;
  let l387: f32 = t387[i];
  let l917: f32 = t640[0i];
  let v918: f32 = l387 * l917;
  let v924: f32 = v918 * 0.1f;
  let v925: f32 = v922 + v924;
  t925[i] = v925;
  let l920: f32 = p_optim_v_blocks_0_mlp_fc_w[i];
  let v927: f32 = l920 * 0.95f;
  let v928: f32 = v918 * v918;
  let v930: f32 = v928 * 0.05f;
  let v931: f32 = v927 + v930;
  t931[i] = v931;
  let v932: f32 = sqrt(v931);
  let l933: f32 = t650[0i];
  let v934: f32 = v932 / l933;
  let v936: f32 = v934 + 1e-8f;
  t936[i] = v936;
}
