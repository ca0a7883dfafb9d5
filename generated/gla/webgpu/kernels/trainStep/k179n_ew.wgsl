// kernel k179n_ew
@group(0) @binding(0) var<storage, read> p_layers_1_mlp_norm_g: array<f32>;
@group(0) @binding(1) var<storage, read> t1395: array<f32>;
@group(0) @binding(2) var<storage, read_write> t1396: array<f32>;
@group(0) @binding(3) var<storage, read> t321: array<f32>;
@group(0) @binding(4) var<storage, read> t840: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1448: array<f32>;
@group(0) @binding(6) var<storage, read> p_optim_m_norm_g: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1453: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k179n_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l27: f32 = p_layers_1_mlp_norm_g[i];
    let x1395: f32 = t1395[i];
    let v1396: f32 = l27 - x1395;
    t1396[i] = v1396;
    let l322: f32 = t321[i];
    let l885: f32 = t840[0i];
    let v1448: f32 = l322 * l885;
    t1448[i] = v1448;
    let l1449: f32 = p_optim_m_norm_g[i];
    let v1451: f32 = l1449 * 0.9f;
    let v1452: f32 = v1448 * 0.1f;
    let v1453: f32 = v1451 + v1452;
    t1453[i] = v1453;
  }
}
