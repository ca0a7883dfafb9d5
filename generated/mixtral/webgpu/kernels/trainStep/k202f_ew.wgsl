// kernel k202f_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_1_moe_norm_g: array<f32>;
@group(0) @binding(1) var<storage, read> t861: array<f32>;
@group(0) @binding(2) var<storage, read> t989: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1350: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_1_moe_norm_g: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1354: array<f32>;
@group(0) @binding(6) var<storage, read> t999: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1358: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k202f_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l1346: f32 = p_optim_m_layers_1_moe_norm_g[i];
    let v1348: f32 = l1346 * 0.9f;
    let l861: f32 = t861[i];
    let l1034: f32 = t989[0i];
    let v1345: f32 = l861 * l1034;
    let v1349: f32 = v1345 * 0.1f;
    let v1350: f32 = v1348 + v1349;
    t1350[i] = v1350;
    let l1347: f32 = p_optim_v_layers_1_moe_norm_g[i];
    let v1351: f32 = l1347 * 0.95f;
    let v1352: f32 = v1345 * v1345;
    let v1353: f32 = v1352 * 0.05f;
    let v1354: f32 = v1351 + v1353;
    t1354[i] = v1354;
    let v1355: f32 = sqrt(v1354);
    let l1051: f32 = t999[0i];
    let v1356: f32 = v1355 / l1051;
    let v1357: f32 = v1356 + 1e-8f;
    let v1358: f32 = v1350 / v1357;
    t1358[i] = v1358;
  }
}
