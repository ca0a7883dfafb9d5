// kernel k110a_ew
@group(0) @binding(0) var<storage, read> p_optim_m_blocks_1_attn_wq_w: array<f32>;
@group(0) @binding(1) var<storage, read> t377: array<f32>;
@group(0) @binding(2) var<storage, read> t679: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1076: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_blocks_1_attn_wq_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1080: array<f32>;
@group(0) @binding(6) var<storage, read> t689: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1083: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k110a_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l1072: f32 = p_optim_m_blocks_1_attn_wq_w[i];
  let v1074: f32 = l1072 * 0.9f;
  let l377: f32 = t377[i];
  let l723: f32 = t679[0i];
  let v1071: f32 = l377 * l723;
  let v1075: f32 = v1071 * 0.1f;
  let v1076: f32 = v1074 + v1075;
  t1076[i] = v1076;
  let l1073: f32 = p_optim_v_blocks_1_attn_wq_w[i];
  let v1077: f32 = l1073 * 0.95f;
  let v1078: f32 = v1071 * v1071;
  let v1079: f32 = v1078 * 0.05f;
  let v1080: f32 = v1077 + v1079;
  t1080[i] = v1080;
  let v1081: f32 = sqrt(v1080);
  let l739: f32 = t689[0i];
  let v1082: f32 = v1081 / l739;
  let v1083: f32 = v1082 + 1e-8f;
  t1083[i] = v1083;
}
