// kernel k113g_ew
@group(0) @binding(0) var<storage, read> p_layers_1_mlp_norm_g: array<f32>;
@group(0) @binding(1) var<storage, read> t927: array<f32>;
@group(0) @binding(2) var<storage, read> t597: array<f32>;
@group(0) @binding(3) var<storage, read_write> t929: array<f32>;
@group(0) @binding(4) var<storage, read> t242: array<f32>;
@group(0) @binding(5) var<storage, read> t588: array<f32>;
@group(0) @binding(6) var<storage, read_write> t981: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k113g_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l15: f32 = p_layers_1_mlp_norm_g[i];
    let x927: f32 = t927[i];
    let l656: f32 = t597[0i];
    let v928: f32 = x927 * l656;
    let v929: f32 = l15 - v928;
    t929[i] = v929;
    let l243: f32 = t242[i];
    let l633: f32 = t588[0i];
    let v981: f32 = l243 * l633;
    t981[i] = v981;
  }
}
