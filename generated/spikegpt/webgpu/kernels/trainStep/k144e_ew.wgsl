// kernel k144e_ew
@group(0) @binding(0) var<storage, read> p_optim_m_blocks_0_ffn_value_w: array<f32>;
@group(0) @binding(1) var<storage, read> t592: array<f32>;
@group(0) @binding(2) var<storage, read> t995: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1383: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_blocks_0_ffn_value_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1387: array<f32>;
@group(0) @binding(6) var<storage, read> t1005: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1390: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k144e_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l1379: f32 = p_optim_m_blocks_0_ffn_value_w[i];
  let v1381: f32 = l1379 * 0.9f;
  let l592: f32 = t592[i];
  let l1007: f32 = t995[0i];
  let v1378: f32 = l592 * l1007;
  let v1382: f32 = v1378 * 0.1f;
  let v1383: f32 = v1381 + v1382;
  t1383[i] = v1383;
  let l1380: f32 = p_optim_v_blocks_0_ffn_value_w[i];
  let v1384: f32 = l1380 * 0.95f;
  let v1385: f32 = v1378 * v1378;
  let v1386: f32 = v1385 * 0.05f;
  let v1387: f32 = v1384 + v1386;
  t1387[i] = v1387;
  let v1388: f32 = sqrt(v1387);
  let l1024: f32 = t1005[0i];
  let v1389: f32 = v1388 / l1024;
  let v1390: f32 = v1389 + 1e-8f;
  t1390[i] = v1390;
}
