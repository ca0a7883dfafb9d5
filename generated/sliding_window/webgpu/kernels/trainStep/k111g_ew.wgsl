// kernel k111g_ew
@group(0) @binding(0) var<storage, read> p_layers_1_mlp_norm_g: array<f32>;
@group(0) @binding(1) var<storage, read> t913: array<f32>;
@group(0) @binding(2) var<storage, read> t583: array<f32>;
@group(0) @binding(3) var<storage, read_write> t915: array<f32>;
@group(0) @binding(4) var<storage, read> t233: array<f32>;
@group(0) @binding(5) var<storage, read> t574: array<f32>;
@group(0) @binding(6) var<storage, read_write> t967: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k111g_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l15: f32 = p_layers_1_mlp_norm_g[i];
    let x913: f32 = t913[i];
    let l642: f32 = t583[0i];
    let v914: f32 = x913 * l642;
    let v915: f32 = l15 - v914;
    t915[i] = v915;
    let l234: f32 = t233[i];
    let l619: f32 = t574[0i];
    let v967: f32 = l234 * l619;
    t967[i] = v967;
  }
}
