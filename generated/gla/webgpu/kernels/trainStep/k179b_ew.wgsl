// kernel k179b_ew
@group(0) @binding(0) var<storage, read> p_layers_0_attn_norm_g: array<f32>;
@group(0) @binding(1) var<storage, read> t956: array<f32>;
@group(0) @binding(2) var<storage, read> t899: array<f32>;
@group(0) @binding(3) var<storage, read_write> t960: array<f32>;
@group(0) @binding(4) var<storage, read> t693: array<f32>;
@group(0) @binding(5) var<storage, read> t890: array<f32>;
@group(0) @binding(6) var<storage, read_write> t1073: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k179b_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l1: f32 = p_layers_0_attn_norm_g[i];
    let x956: f32 = t956[i];
    let l958: f32 = t899[0i];
    let v959: f32 = x956 * l958;
    let v960: f32 = l1 - v959;
    t960[i] = v960;
    let l694: f32 = t693[i];
    let l935: f32 = t890[0i];
    let v1073: f32 = l694 * l935;
    t1073[i] = v1073;
  }
}
