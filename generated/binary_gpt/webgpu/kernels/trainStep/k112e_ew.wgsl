// kernel k112e_ew
@group(0) @binding(0) var<storage, read> p_optim_m_blocks_0_mlp_proj_w: array<f32>;
@group(0) @binding(1) var<storage, read> t398: array<f32>;
@group(0) @binding(2) var<storage, read> t701: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1073: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_blocks_0_mlp_proj_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1077: array<f32>;
@group(0) @binding(6) var<storage, read> t711: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1080: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k112e_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l1069: f32 = p_optim_m_blocks_0_mlp_proj_w[i];
  let v1071: f32 = l1069 * 0.9f;
  let l398: f32 = t398[i];
  let l713: f32 = t701[0i];
  let v1068: f32 = l398 * l713;
  let v1072: f32 = v1068 * 0.1f;
  let v1073: f32 = v1071 + v1072;
  t1073[i] = v1073;
  let l1070: f32 = p_optim_v_blocks_0_mlp_proj_w[i];
  let v1074: f32 = l1070 * 0.95f;
  let v1075: f32 = v1068 * v1068;
  let v1076: f32 = v1075 * 0.05f;
  let v1077: f32 = v1074 + v1076;
  t1077[i] = v1077;
  let v1078: f32 = sqrt(v1077);
  let l730: f32 = t711[0i];
  let v1079: f32 = v1078 / l730;
  let v1080: f32 = v1079 + 1e-8f;
  t1080[i] = v1080;
}
