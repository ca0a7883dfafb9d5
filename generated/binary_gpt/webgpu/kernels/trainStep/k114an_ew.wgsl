// kernel k114an_ew
@group(0) @binding(0) var<storage, read> p_optim_v_blocks_1_mlp_fc_beta: array<f32>;
@group(0) @binding(1) var<storage, read> t1386: array<f32>;
@group(0) @binding(2) var<storage, read_write> t1395: array<f32>;
@group(0) @binding(3) var<storage, read> p_blocks_1_mlp_fc_beta: array<f32>;
@group(0) @binding(4) var<storage, read> t1391: array<f32>;
@group(0) @binding(5) var<storage, read> t711: array<f32>;
@group(0) @binding(6) var<storage, read> t710: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1401: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k114an_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l1388: f32 = p_optim_v_blocks_1_mlp_fc_beta[i];
    let v1392: f32 = l1388 * 0.95f;
    let x1386: f32 = t1386[i];
    let v1393: f32 = x1386 * x1386;
    let v1394: f32 = v1393 * 0.05f;
    let v1395: f32 = v1392 + v1394;
    t1395[i] = v1395;
    let l38: f32 = p_blocks_1_mlp_fc_beta[i];
    let x1391: f32 = t1391[i];
    let v1396: f32 = sqrt(v1395);
    let l789: f32 = t711[0i];
    let v1397: f32 = v1396 / l789;
    let v1398: f32 = v1397 + 1e-8f;
    let v1399: f32 = x1391 / v1398;
    let l795: f32 = t710[0i];
    let v1400: f32 = v1399 * l795;
    let v1401: f32 = l38 - v1400;
    t1401[i] = v1401;
  }
}
