// kernel k158z_ew
@group(0) @binding(0) var<storage, read> p_optim_m_blocks_1_ln2_b: array<f32>;
@group(0) @binding(1) var<storage, read> t412: array<f32>;
@group(0) @binding(2) var<storage, read> t808: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1386: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_blocks_1_ln2_b: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1390: array<f32>;
@group(0) @binding(6) var<storage, read> t818: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1394: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k158z_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l1382: f32 = p_optim_m_blocks_1_ln2_b[i];
    let v1384: f32 = l1382 * 0.9f;
    let l413: f32 = t412[i];
    let l879: f32 = t808[0i];
    let v1381: f32 = l413 * l879;
    let v1385: f32 = v1381 * 0.1f;
    let v1386: f32 = v1384 + v1385;
    t1386[i] = v1386;
    let l1383: f32 = p_optim_v_blocks_1_ln2_b[i];
    let v1387: f32 = l1383 * 0.95f;
    let v1388: f32 = v1381 * v1381;
    let v1389: f32 = v1388 * 0.05f;
    let v1390: f32 = v1387 + v1389;
    t1390[i] = v1390;
    let v1391: f32 = sqrt(v1390);
    let l896: f32 = t818[0i];
    let v1392: f32 = v1391 / l896;
    let v1393: f32 = v1392 + 1e-8f;
    let v1394: f32 = v1386 / v1393;
    t1394[i] = v1394;
  }
}
