// kernel k126e_ew
@group(0) @binding(0) var<storage, read> p_optim_m_blocks_0_mlp_proj_w: array<f32>;
@group(0) @binding(1) var<storage, read> t461: array<f32>;
@group(0) @binding(2) var<storage, read> t736: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1004: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_blocks_0_mlp_proj_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1008: array<f32>;
@group(0) @binding(6) var<storage, read> t746: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1011: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k126e_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l1000: f32 = p_optim_m_blocks_0_mlp_proj_w[i];
  let v1002: f32 = l1000 * 0.9f;
  let l461: f32 = t461[i];
  let l748: f32 = t736[0i];
  let v999: f32 = l461 * l748;
  let v1003: f32 = v999 * 0.1f;
  let v1004: f32 = v1002 + v1003;
  t1004[i] = v1004;
  let l1001: f32 = p_optim_v_blocks_0_mlp_proj_w[i];
  let v1005: f32 = l1001 * 0.95f;
  let v1006: f32 = v999 * v999;
  let v1007: f32 = v1006 * 0.05f;
  let v1008: f32 = v1005 + v1007;
  t1008[i] = v1008;
  let v1009: f32 = sqrt(v1008);
  let l765: f32 = t746[0i];
  let v1010: f32 = v1009 / l765;
  let v1011: f32 = v1010 + 1e-8f;
  t1011[i] = v1011;
}
