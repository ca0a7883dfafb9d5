// kernel k200b_ew
@group(0) @binding(0) var<storage, read> p_layers_0_attn_norm_g: array<f32>;
@group(0) @binding(1) var<storage, read> t1024: array<f32>;
@group(0) @binding(2) var<storage, read> t967: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1028: array<f32>;
@group(0) @binding(4) var<storage, read> t837: array<f32>;
@group(0) @binding(5) var<storage, read> t958: array<f32>;
@group(0) @binding(6) var<storage, read_write> t1115: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k200b_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l1: f32 = p_layers_0_attn_norm_g[i];
    let x1024: f32 = t1024[i];
    let l1026: f32 = t967[0i];
    let v1027: f32 = x1024 * l1026;
    let v1028: f32 = l1 - v1027;
    t1028[i] = v1028;
    let l837: f32 = t837[i];
    let l1003: f32 = t958[0i];
    let v1115: f32 = l837 * l1003;
    t1115[i] = v1115;
  }
}
