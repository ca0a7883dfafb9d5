// kernel k179o_ew
@group(0) @binding(0) var<storage, read> p_optim_v_norm_g: array<f32>;
@group(0) @binding(1) var<storage, read> t1448: array<f32>;
@group(0) @binding(2) var<storage, read_write> t1457: array<f32>;
@group(0) @binding(3) var<storage, read> p_norm_g: array<f32>;
@group(0) @binding(4) var<storage, read> t1453: array<f32>;
@group(0) @binding(5) var<storage, read> t850: array<f32>;
@group(0) @binding(6) var<storage, read> t849: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1463: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k179o_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l1450: f32 = p_optim_v_norm_g[i];
    let v1454: f32 = l1450 * 0.95f;
    let x1448: f32 = t1448[i];
    let v1455: f32 = x1448 * x1448;
    let v1456: f32 = v1455 * 0.05f;
    let v1457: f32 = v1454 + v1456;
    t1457[i] = v1457;
    let l31: f32 = p_norm_g[i];
    let x1453: f32 = t1453[i];
    let v1458: f32 = sqrt(v1457);
    let l902: f32 = t850[0i];
    let v1459: f32 = v1458 / l902;
    let v1460: f32 = v1459 + 1e-8f;
    let v1461: f32 = x1453 / v1460;
    let l908: f32 = t849[0i];
    let v1462: f32 = v1461 * l908;
    let v1463: f32 = l31 - v1462;
    t1463[i] = v1463;
  }
}
