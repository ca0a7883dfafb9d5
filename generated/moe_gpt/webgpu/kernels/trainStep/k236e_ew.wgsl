// kernel k236e_ew
@group(0) @binding(0) var<storage, read> p_optim_v_layers_1_attn_norm_g: array<f32>;
@group(0) @binding(1) var<storage, read> t1443: array<f32>;
@group(0) @binding(2) var<storage, read_write> t1452: array<f32>;
@group(0) @binding(3) var<storage, read> p_layers_1_attn_norm_g: array<f32>;
@group(0) @binding(4) var<storage, read> t1448: array<f32>;
@group(0) @binding(5) var<storage, read> t1121: array<f32>;
@group(0) @binding(6) var<storage, read> t1120: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1458: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k236e_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l1445: f32 = p_optim_v_layers_1_attn_norm_g[i];
    let v1449: f32 = l1445 * 0.95f;
    let x1443: f32 = t1443[i];
    let v1450: f32 = x1443 * x1443;
    let v1451: f32 = v1450 * 0.05f;
    let v1452: f32 = v1449 + v1451;
    t1452[i] = v1452;
    let l15: f32 = p_layers_1_attn_norm_g[i];
    let x1448: f32 = t1448[i];
    let v1453: f32 = sqrt(v1452);
    let l1173: f32 = t1121[0i];
    let v1454: f32 = v1453 / l1173;
    let v1455: f32 = v1454 + 1e-8f;
    let v1456: f32 = x1448 / v1455;
    let l1179: f32 = t1120[0i];
    let v1457: f32 = v1456 * l1179;
    let v1458: f32 = l15 - v1457;
    t1458[i] = v1458;
  }
}
