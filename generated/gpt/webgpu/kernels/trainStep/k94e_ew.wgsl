// kernel k94e_ew
@group(0) @binding(0) var<storage, read> p_optim_m_blocks_0_mlp_proj_w: array<f32>;
@group(0) @binding(1) var<storage, read> t373: array<f32>;
@group(0) @binding(2) var<storage, read> t640: array<f32>;
@group(0) @binding(3) var<storage, read_write> t972: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_blocks_0_mlp_proj_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t976: array<f32>;
@group(0) @binding(6) var<storage, read> t650: array<f32>;
@group(0) @binding(7) var<storage, read_write> t979: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k94e_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l968: f32 = p_optim_m_blocks_0_mlp_proj_w[i];
  let v970: f32 = l968 * 0.9f;
  let l373: f32 = t373[i];
  let l652: f32 = t640[0i];
  let v967: f32 = l373 * l652;
  let v971: f32 = v967 * 0.1f;
  let v972: f32 = v970 + v971;
  t972[i] = v972;
  let l969: f32 = p_optim_v_blocks_0_mlp_proj_w[i];
  let v973: f32 = l969 * 0.95f;
  let v974: f32 = v967 * v967;
  let v975: f32 = v974 * 0.05f;
  let v976: f32 = v973 + v975;
  t976[i] = v976;
  let v977: f32 = sqrt(v976);
  let l669: f32 = t650[0i];
  let v978: f32 = v977 / l669;
  let v979: f32 = v978 + 1e-8f;
  t979[i] = v979;
}
