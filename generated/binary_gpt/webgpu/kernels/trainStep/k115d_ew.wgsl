// kernel k115d_ew
@group(0) @binding(0) var<storage, read> p_blocks_0_mlp_proj_beta: array<f32>;
@group(0) @binding(1) var<storage, read> t1123: array<f32>;
@group(0) @binding(2) var<storage, read_write> t1124: array<f32>;
@group(0) @binding(3) var<storage, read> t290: array<f32>;
@group(0) @binding(4) var<storage, read> t701: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1419: array<f32>;
@group(0) @binding(6) var<storage, read> p_optim_m_blocks_1_mlp_proj_alpha: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1424: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k115d_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l21: f32 = p_blocks_0_mlp_proj_beta[i];
  let x1123: f32 = t1123[i];
  let v1124: f32 = l21 - x1123;
  t1124[i] = v1124;
  let l291: f32 = t290[i];
  let l1085: f32 = t701[0i];
  let v1419: f32 = l291 * l1085;
  t1419[i] = v1419;
  let l1420: f32 = p_optim_m_blocks_1_mlp_proj_alpha[i];
  let v1422: f32 = l1420 * 0.9f;
  let v1423: f32 = v1419 * 0.1f;
  let v1424: f32 = v1422 + v1423;
  t1424[i] = v1424;
}
