// kernel k115c_ew
@group(0) @binding(0) var<storage, read> p_optim_m_blocks_0_mlp_proj_beta: array<f32>;
@group(0) @binding(1) var<storage, read> t1109: array<f32>;
@group(0) @binding(2) var<storage, read_write> t1114: array<f32>;
@group(0) @binding(3) var<storage, read> p_optim_v_blocks_0_mlp_proj_beta: array<f32>;
@group(0) @binding(4) var<storage, read_write> t1118: array<f32>;
@group(0) @binding(5) var<storage, read> t711: array<f32>;
@group(0) @binding(6) var<storage, read> t710: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1123: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k115c_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l1110: f32 = p_optim_m_blocks_0_mlp_proj_beta[i];
  let v1112: f32 = l1110 * 0.9f;
  let x1109: f32 = t1109[i];
  let v1113: f32 = x1109 * 0.1f;
  let v1114: f32 = v1112 + v1113;
  t1114[i] = v1114;
  let l1111: f32 = p_optim_v_blocks_0_mlp_proj_beta[i];
  let v1115: f32 = l1111 * 0.95f;
  let v1116: f32 = x1109 * x1109;
  let v1117: f32 = v1116 * 0.05f;
  let v1118: f32 = v1115 + v1117;
  t1118[i] = v1118;
  let v1119: f32 = sqrt(v1118);
  let l1101: f32 = t711[0i];
  let v1120: f32 = v1119 / l1101;
  let v1121: f32 = v1120 + 1e-8f;
  let v1122: f32 = v1114 / v1121;
  let l1106: f32 = t710[0i];
  let v1123: f32 = v1122 * l1106;
  t1123[i] = v1123;
}
