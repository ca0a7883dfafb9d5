// kernel k236e_ew
@group(0) @binding(0) var<storage, read> p_optim_v_layers_1_attn_norm_g: array<f32>;
@group(0) @binding(1) var<storage, read> t1423: array<f32>;
@group(0) @binding(2) var<storage, read_write> t1432: array<f32>;
@group(0) @binding(3) var<storage, read> p_layers_1_attn_norm_g: array<f32>;
@group(0) @binding(4) var<storage, read> t1428: array<f32>;
@group(0) @binding(5) var<storage, read> t1101: array<f32>;
@group(0) @binding(6) var<storage, read> t1100: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1438: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k236e_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l1425: f32 = p_optim_v_layers_1_attn_norm_g[i];
    let v1429: f32 = l1425 * 0.95f;
    let x1423: f32 = t1423[i];
    let v1430: f32 = x1423 * x1423;
    let v1431: f32 = v1430 * 0.05f;
    let v1432: f32 = v1429 + v1431;
    t1432[i] = v1432;
    let l15: f32 = p_layers_1_attn_norm_g[i];
    let x1428: f32 = t1428[i];
    let v1433: f32 = sqrt(v1432);
    let l1153: f32 = t1101[0i];
    let v1434: f32 = v1433 / l1153;
    let v1435: f32 = v1434 + 1e-8f;
    let v1436: f32 = x1428 / v1435;
    let l1159: f32 = t1100[0i];
    let v1437: f32 = v1436 * l1159;
    let v1438: f32 = l15 - v1437;
    t1438[i] = v1438;
  }
}
