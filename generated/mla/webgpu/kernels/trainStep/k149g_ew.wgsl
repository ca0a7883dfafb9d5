// kernel k149g_ew
@group(0) @binding(0) var<storage, read> p_layers_1_mlp_norm_g: array<f32>;
@group(0) @binding(1) var<storage, read> t1236: array<f32>;
@group(0) @binding(2) var<storage, read> t765: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1238: array<f32>;
@group(0) @binding(4) var<storage, read> t299: array<f32>;
@group(0) @binding(5) var<storage, read> t756: array<f32>;
@group(0) @binding(6) var<storage, read_write> t1290: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k149g_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l21: f32 = p_layers_1_mlp_norm_g[i];
    let x1236: f32 = t1236[i];
    let l824: f32 = t765[0i];
    let v1237: f32 = x1236 * l824;
    let v1238: f32 = l21 - v1237;
    t1238[i] = v1238;
    let l300: f32 = t299[i];
    let l801: f32 = t756[0i];
    let v1290: f32 = l300 * l801;
    t1290[i] = v1290;
  }
}
