// kernel k179g_ew
@group(0) @binding(0) var<storage, read> p_layers_0_mlp_norm_g: array<f32>;
@group(0) @binding(1) var<storage, read> t1176: array<f32>;
@group(0) @binding(2) var<storage, read> t899: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1178: array<f32>;
@group(0) @binding(4) var<storage, read> t533: array<f32>;
@group(0) @binding(5) var<storage, read> t890: array<f32>;
@group(0) @binding(6) var<storage, read_write> t1248: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k179g_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l12: f32 = p_layers_0_mlp_norm_g[i];
    let x1176: f32 = t1176[i];
    let l958: f32 = t899[0i];
    let v1177: f32 = x1176 * l958;
    let v1178: f32 = l12 - v1177;
    t1178[i] = v1178;
    let l534: f32 = t533[i];
    let l935: f32 = t890[0i];
    let v1248: f32 = l534 * l935;
    t1248[i] = v1248;
  }
}
