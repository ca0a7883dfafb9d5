// kernel k92e_ew
@group(0) @binding(0) var<storage, read> p_optim_m_blocks_0_mlp_proj_w: array<f32>;
@group(0) @binding(1) var<storage, read> t370: array<f32>;
@group(0) @binding(2) var<storage, read> t636: array<f32>;
@group(0) @binding(3) var<storage, read_write> t968: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_blocks_0_mlp_proj_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t972: array<f32>;
@group(0) @binding(6) var<storage, read> t646: array<f32>;
@group(0) @binding(7) var<storage, read_write> t975: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k92e_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l964: f32 = p_optim_m_blocks_0_mlp_proj_w[i];
  let v966: f32 = l964 * 0.9f;
  let l370: f32 = t370[i];
  let l648: f32 = t636[0i];
  let v963: f32 = l370 * l648;
  let v967: f32 = v963 * 0.1f;
  let v968: f32 = v966 + v967;
  t968[i] = v968;
  let l965: f32 = p_optim_v_blocks_0_mlp_proj_w[i];
  let v969: f32 = l965 * 0.95f;
  let v970: f32 = v963 * v963;
  let v971: f32 = v970 * 0.05f;
  let v972: f32 = v969 + v971;
  t972[i] = v972;
  let v973: f32 = sqrt(v972);
  let l665: f32 = t646[0i];
  let v974: f32 = v973 / l665;
  let v975: f32 = v974 + 1e-8f;
  t975[i] = v975;
}
