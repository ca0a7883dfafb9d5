// kernel k315d_ew
@group(0) @binding(0) var<storage, read> p_layers_0_mlp_norm_g: array<f32>;
@group(0) @binding(1) var<storage, read> t1735: array<f32>;
@group(0) @binding(2) var<storage, read_write> t1736: array<f32>;
@group(0) @binding(3) var<storage, read> t1198: array<f32>;
@group(0) @binding(4) var<storage, read> t1573: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1806: array<f32>;
@group(0) @binding(6) var<storage, read> p_optim_m_layers_1_attn_norm_g: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1811: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k315d_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l6: f32 = p_layers_0_mlp_norm_g[i];
    let x1735: f32 = t1735[i];
    let v1736: f32 = l6 - x1735;
    t1736[i] = v1736;
    let l1199: f32 = t1198[i];
    let l1618: f32 = t1573[0i];
    let v1806: f32 = l1199 * l1618;
    t1806[i] = v1806;
    let l1807: f32 = p_optim_m_layers_1_attn_norm_g[i];
    let v1809: f32 = l1807 * 0.9f;
    let v1810: f32 = v1806 * 0.1f;
    let v1811: f32 = v1809 + v1810;
    t1811[i] = v1811;
  }
}
