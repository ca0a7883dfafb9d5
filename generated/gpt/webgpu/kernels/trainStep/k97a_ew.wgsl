// kernel k97a_ew
@group(0) @binding(0) var<storage, read> p_optim_m_blocks_0_mlp_fc_b: array<f32>;
@group(0) @binding(1) var<storage, read> t384: array<f32>;
@group(0) @binding(2) var<storage, read> t640: array<f32>;
@group(0) @binding(3) var<storage, read_write> t951: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_blocks_0_mlp_fc_b: array<f32>;
@group(0) @binding(5) var<storage, read_write> t957: array<f32>;
@group(0) @binding(6) var<storage, read> t650: array<f32>;
@group(0) @binding(7) var<storage, read_write> t963: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k97a_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l945: f32 = p_optim_m_blocks_0_mlp_fc_b[i];
  let v948: f32 = l945 * 0.9f;
  let l385: f32 = t384[i];
  let l943: f32 = t640[0i];
  let v944: f32 = l385 * l943;
  let v950: f32 = v944 * 0.1f;
  let v951: f32 = v948 + v950;
  t951[i] = v951;
  let l946: f32 = p_optim_v_blocks_0_mlp_fc_b[i];
  let v953: f32 = l946 * 0.95f;
  let v954: f32 = v944 * v944;
  let v956: f32 = v954 * 0.05f;
  let v957: f32 = v953 + v956;
  t957[i] = v957;
  let v958: f32 = sqrt(v957);
  let l959: f32 = t650[0i];
  let v960: f32 = v958 / l959;
  let v962: f32 = v960 + 1e-8f;
  let v963: f32 = v951 / v962;
  t963[i] = v963;
}
