// kernel k179n_ew
@group(0) @binding(0) var<storage, read> p_layers_1_mlp_norm_g: array<f32>;
@group(0) @binding(1) var<storage, read> t1445: array<f32>;
@group(0) @binding(2) var<storage, read_write> t1446: array<f32>;
@group(0) @binding(3) var<storage, read> t344: array<f32>;
@group(0) @binding(4) var<storage, read> t890: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1498: array<f32>;
@group(0) @binding(6) var<storage, read> p_optim_m_norm_g: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1503: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k179n_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l27: f32 = p_layers_1_mlp_norm_g[i];
    let x1445: f32 = t1445[i];
    let v1446: f32 = l27 - x1445;
    t1446[i] = v1446;
    let l345: f32 = t344[i];
    let l935: f32 = t890[0i];
    let v1498: f32 = l345 * l935;
    t1498[i] = v1498;
    let l1499: f32 = p_optim_m_norm_g[i];
    let v1501: f32 = l1499 * 0.9f;
    let v1502: f32 = v1498 * 0.1f;
    let v1503: f32 = v1501 + v1502;
    t1503[i] = v1503;
  }
}
