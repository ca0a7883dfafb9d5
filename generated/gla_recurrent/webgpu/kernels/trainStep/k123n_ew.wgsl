// kernel k123n_ew
@group(0) @binding(0) var<storage, read> p_layers_1_mlp_norm_g: array<f32>;
@group(0) @binding(1) var<storage, read> t1221: array<f32>;
@group(0) @binding(2) var<storage, read_write> t1222: array<f32>;
@group(0) @binding(3) var<storage, read> t234: array<f32>;
@group(0) @binding(4) var<storage, read> t666: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1274: array<f32>;
@group(0) @binding(6) var<storage, read> p_optim_m_norm_g: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1279: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k123n_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l27: f32 = p_layers_1_mlp_norm_g[i];
    let x1221: f32 = t1221[i];
    let v1222: f32 = l27 - x1221;
    t1222[i] = v1222;
    let l235: f32 = t234[i];
    let l711: f32 = t666[0i];
    let v1274: f32 = l235 * l711;
    t1274[i] = v1274;
    let l1275: f32 = p_optim_m_norm_g[i];
    let v1277: f32 = l1275 * 0.9f;
    let v1278: f32 = v1274 * 0.1f;
    let v1279: f32 = v1277 + v1278;
    t1279[i] = v1279;
  }
}
