// kernel k106a_ew
@group(0) @binding(0) var<storage, read> p_optim_m_blocks_0_mlp_proj_w: array<f32>;
@group(0) @binding(1) var<storage, read> t407: array<f32>;
@group(0) @binding(2) var<storage, read> t679: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1011: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_blocks_0_mlp_proj_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1015: array<f32>;
@group(0) @binding(6) var<storage, read> t689: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1018: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k106a_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l1007: f32 = p_optim_m_blocks_0_mlp_proj_w[i];
  let v1009: f32 = l1007 * 0.9f;
  let l407: f32 = t407[i];
  let l691: f32 = t679[0i];
  let v1006: f32 = l407 * l691;
  let v1010: f32 = v1006 * 0.1f;
  let v1011: f32 = v1009 + v1010;
  t1011[i] = v1011;
  let l1008: f32 = p_optim_v_blocks_0_mlp_proj_w[i];
  let v1012: f32 = l1008 * 0.95f;
  let v1013: f32 = v1006 * v1006;
  let v1014: f32 = v1013 * 0.05f;
  let v1015: f32 = v1012 + v1014;
  t1015[i] = v1015;
  let v1016: f32 = sqrt(v1015);
  let l708: f32 = t689[0i];
  let v1017: f32 = v1016 / l708;
  let v1018: f32 = v1017 + 1e-8f;
  t1018[i] = v1018;
}
