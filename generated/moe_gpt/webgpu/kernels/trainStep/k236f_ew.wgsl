// kernel k236f_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_1_moe_norm_g: array<f32>;
@group(0) @binding(1) var<storage, read> t939: array<f32>;
@group(0) @binding(2) var<storage, read> t1091: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1512: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_1_moe_norm_g: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1516: array<f32>;
@group(0) @binding(6) var<storage, read> t1101: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1520: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k236f_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l1508: f32 = p_optim_m_layers_1_moe_norm_g[i];
    let v1510: f32 = l1508 * 0.9f;
    let l939: f32 = t939[i];
    let l1136: f32 = t1091[0i];
    let v1507: f32 = l939 * l1136;
    let v1511: f32 = v1507 * 0.1f;
    let v1512: f32 = v1510 + v1511;
    t1512[i] = v1512;
    let l1509: f32 = p_optim_v_layers_1_moe_norm_g[i];
    let v1513: f32 = l1509 * 0.95f;
    let v1514: f32 = v1507 * v1507;
    let v1515: f32 = v1514 * 0.05f;
    let v1516: f32 = v1513 + v1515;
    t1516[i] = v1516;
    let v1517: f32 = sqrt(v1516);
    let l1153: f32 = t1101[0i];
    let v1518: f32 = v1517 / l1153;
    let v1519: f32 = v1518 + 1e-8f;
    let v1520: f32 = v1512 / v1519;
    t1520[i] = v1520;
  }
}
