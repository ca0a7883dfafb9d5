// kernel k236f_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_1_moe_norm_g: array<f32>;
@group(0) @binding(1) var<storage, read> t959: array<f32>;
@group(0) @binding(2) var<storage, read> t1111: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1532: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_1_moe_norm_g: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1536: array<f32>;
@group(0) @binding(6) var<storage, read> t1121: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1540: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k236f_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l1528: f32 = p_optim_m_layers_1_moe_norm_g[i];
    let v1530: f32 = l1528 * 0.9f;
    let l959: f32 = t959[i];
    let l1156: f32 = t1111[0i];
    let v1527: f32 = l959 * l1156;
    let v1531: f32 = v1527 * 0.1f;
    let v1532: f32 = v1530 + v1531;
    t1532[i] = v1532;
    let l1529: f32 = p_optim_v_layers_1_moe_norm_g[i];
    let v1533: f32 = l1529 * 0.95f;
    let v1534: f32 = v1527 * v1527;
    let v1535: f32 = v1534 * 0.05f;
    let v1536: f32 = v1533 + v1535;
    t1536[i] = v1536;
    let v1537: f32 = sqrt(v1536);
    let l1173: f32 = t1121[0i];
    let v1538: f32 = v1537 / l1173;
    let v1539: f32 = v1538 + 1e-8f;
    let v1540: f32 = v1532 / v1539;
    t1540[i] = v1540;
  }
}
