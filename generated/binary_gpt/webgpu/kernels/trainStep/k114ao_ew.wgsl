// kernel k114ao_ew
@group(0) @binding(0) var<storage, read> p_optim_m_ln_f_g: array<f32>;
@group(0) @binding(1) var<storage, read> t269: array<f32>;
@group(0) @binding(2) var<storage, read> t701: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1456: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_ln_f_g: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1460: array<f32>;
@group(0) @binding(6) var<storage, read> t711: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1464: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k114ao_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l1452: f32 = p_optim_m_ln_f_g[i];
    let v1454: f32 = l1452 * 0.9f;
    let l270: f32 = t269[i];
    let l772: f32 = t701[0i];
    let v1451: f32 = l270 * l772;
    let v1455: f32 = v1451 * 0.1f;
    let v1456: f32 = v1454 + v1455;
    t1456[i] = v1456;
    let l1453: f32 = p_optim_v_ln_f_g[i];
    let v1457: f32 = l1453 * 0.95f;
    let v1458: f32 = v1451 * v1451;
    let v1459: f32 = v1458 * 0.05f;
    let v1460: f32 = v1457 + v1459;
    t1460[i] = v1460;
    let v1461: f32 = sqrt(v1460);
    let l789: f32 = t711[0i];
    let v1462: f32 = v1461 / l789;
    let v1463: f32 = v1462 + 1e-8f;
    let v1464: f32 = v1456 / v1463;
    t1464[i] = v1464;
  }
}
