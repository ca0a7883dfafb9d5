// kernel k149g_ew
@group(0) @binding(0) var<storage, read> p_layers_1_mlp_norm_g: array<f32>;
@group(0) @binding(1) var<storage, read> t1246: array<f32>;
@group(0) @binding(2) var<storage, read> t775: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1248: array<f32>;
@group(0) @binding(4) var<storage, read> t306: array<f32>;
@group(0) @binding(5) var<storage, read> t766: array<f32>;
@group(0) @binding(6) var<storage, read_write> t1300: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k149g_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l21: f32 = p_layers_1_mlp_norm_g[i];
    let x1246: f32 = t1246[i];
    let l834: f32 = t775[0i];
    let v1247: f32 = x1246 * l834;
    let v1248: f32 = l21 - v1247;
    t1248[i] = v1248;
    let l307: f32 = t306[i];
    let l811: f32 = t766[0i];
    let v1300: f32 = l307 * l811;
    t1300[i] = v1300;
  }
}
