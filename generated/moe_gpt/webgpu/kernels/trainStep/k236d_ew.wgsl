// kernel k236d_ew
@group(0) @binding(0) var<storage, read> p_layers_0_moe_norm_g: array<f32>;
@group(0) @binding(1) var<storage, read> t1273: array<f32>;
@group(0) @binding(2) var<storage, read_write> t1274: array<f32>;
@group(0) @binding(3) var<storage, read> t964: array<f32>;
@group(0) @binding(4) var<storage, read> t1111: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1443: array<f32>;
@group(0) @binding(6) var<storage, read> p_optim_m_layers_1_attn_norm_g: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1448: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k236d_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l6: f32 = p_layers_0_moe_norm_g[i];
    let x1273: f32 = t1273[i];
    let v1274: f32 = l6 - x1273;
    t1274[i] = v1274;
    let l964: f32 = t964[i];
    let l1156: f32 = t1111[0i];
    let v1443: f32 = l964 * l1156;
    t1443[i] = v1443;
    let l1444: f32 = p_optim_m_layers_1_attn_norm_g[i];
    let v1446: f32 = l1444 * 0.9f;
    let v1447: f32 = v1443 * 0.1f;
    let v1448: f32 = v1446 + v1447;
    t1448[i] = v1448;
  }
}
