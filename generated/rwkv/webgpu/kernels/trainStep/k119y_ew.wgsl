// kernel k119y_ew
@group(0) @binding(0) var<storage, read> p_optim_v_blocks_1_ln1_b: array<f32>;
@group(0) @binding(1) var<storage, read> t1317: array<f32>;
@group(0) @binding(2) var<storage, read_write> t1326: array<f32>;
@group(0) @binding(3) var<storage, read> p_blocks_1_ln1_b: array<f32>;
@group(0) @binding(4) var<storage, read> t1322: array<f32>;
@group(0) @binding(5) var<storage, read> t911: array<f32>;
@group(0) @binding(6) var<storage, read> t910: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1332: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k119y_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l1319: f32 = p_optim_v_blocks_1_ln1_b[i];
    let v1323: f32 = l1319 * 0.95f;
    let x1317: f32 = t1317[i];
    let v1324: f32 = x1317 * x1317;
    let v1325: f32 = v1324 * 0.05f;
    let v1326: f32 = v1323 + v1325;
    t1326[i] = v1326;
    let l22: f32 = p_blocks_1_ln1_b[i];
    let x1322: f32 = t1322[i];
    let v1327: f32 = sqrt(v1326);
    let l963: f32 = t911[0i];
    let v1328: f32 = v1327 / l963;
    let v1329: f32 = v1328 + 1e-8f;
    let v1330: f32 = x1322 / v1329;
    let l969: f32 = t910[0i];
    let v1331: f32 = v1330 * l969;
    let v1332: f32 = l22 - v1331;
    t1332[i] = v1332;
  }
}
