// kernel k236d_ew
@group(0) @binding(0) var<storage, read> p_layers_0_moe_norm_g: array<f32>;
@group(0) @binding(1) var<storage, read> t1253: array<f32>;
@group(0) @binding(2) var<storage, read_write> t1254: array<f32>;
@group(0) @binding(3) var<storage, read> t944: array<f32>;
@group(0) @binding(4) var<storage, read> t1091: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1423: array<f32>;
@group(0) @binding(6) var<storage, read> p_optim_m_layers_1_attn_norm_g: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1428: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k236d_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l6: f32 = p_layers_0_moe_norm_g[i];
    let x1253: f32 = t1253[i];
    let v1254: f32 = l6 - x1253;
    t1254[i] = v1254;
    let l944: f32 = t944[i];
    let l1136: f32 = t1091[0i];
    let v1423: f32 = l944 * l1136;
    t1423[i] = v1423;
    let l1424: f32 = p_optim_m_layers_1_attn_norm_g[i];
    let v1426: f32 = l1424 * 0.9f;
    let v1427: f32 = v1423 * 0.1f;
    let v1428: f32 = v1426 + v1427;
    t1428[i] = v1428;
  }
}
