// kernel k179o_ew
@group(0) @binding(0) var<storage, read> p_optim_v_norm_g: array<f32>;
@group(0) @binding(1) var<storage, read> t1498: array<f32>;
@group(0) @binding(2) var<storage, read_write> t1507: array<f32>;
@group(0) @binding(3) var<storage, read> p_norm_g: array<f32>;
@group(0) @binding(4) var<storage, read> t1503: array<f32>;
@group(0) @binding(5) var<storage, read> t900: array<f32>;
@group(0) @binding(6) var<storage, read> t899: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1513: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k179o_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l1500: f32 = p_optim_v_norm_g[i];
    let v1504: f32 = l1500 * 0.95f;
    let x1498: f32 = t1498[i];
    let v1505: f32 = x1498 * x1498;
    let v1506: f32 = v1505 * 0.05f;
    let v1507: f32 = v1504 + v1506;
    t1507[i] = v1507;
    let l31: f32 = p_norm_g[i];
    let x1503: f32 = t1503[i];
    let v1508: f32 = sqrt(v1507);
    let l952: f32 = t900[0i];
    let v1509: f32 = v1508 / l952;
    let v1510: f32 = v1509 + 1e-8f;
    let v1511: f32 = x1503 / v1510;
    let l958: f32 = t899[0i];
    let v1512: f32 = v1511 * l958;
    let v1513: f32 = l31 - v1512;
    t1513[i] = v1513;
  }
}
