// kernel k111g_ew
@group(0) @binding(0) var<storage, read> p_layers_1_mlp_norm_g: array<f32>;
@group(0) @binding(1) var<storage, read> t902: array<f32>;
@group(0) @binding(2) var<storage, read> t581: array<f32>;
@group(0) @binding(3) var<storage, read_write> t904: array<f32>;
@group(0) @binding(4) var<storage, read> t231: array<f32>;
@group(0) @binding(5) var<storage, read> t572: array<f32>;
@group(0) @binding(6) var<storage, read_write> t956: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k111g_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l15: f32 = p_layers_1_mlp_norm_g[i];
    let x902: f32 = t902[i];
    let l640: f32 = t581[0i];
    let v903: f32 = x902 * l640;
    let v904: f32 = l15 - v903;
    t904[i] = v904;
    let l232: f32 = t231[i];
    let l617: f32 = t572[0i];
    let v956: f32 = l232 * l617;
    t956[i] = v956;
  }
}
