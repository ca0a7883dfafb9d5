// kernel k111b_ew
@group(0) @binding(0) var<storage, read> p_layers_0_attn_norm_g: array<f32>;
@group(0) @binding(1) var<storage, read> t648: array<f32>;
@group(0) @binding(2) var<storage, read> t591: array<f32>;
@group(0) @binding(3) var<storage, read_write> t652: array<f32>;
@group(0) @binding(4) var<storage, read> t382: array<f32>;
@group(0) @binding(5) var<storage, read> t582: array<f32>;
@group(0) @binding(6) var<storage, read_write> t730: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k111b_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l1: f32 = p_layers_0_attn_norm_g[i];
    let x648: f32 = t648[i];
    let l650: f32 = t591[0i];
    let v651: f32 = x648 * l650;
    let v652: f32 = l1 - v651;
    t652[i] = v652;
    let l383: f32 = t382[i];
    let l627: f32 = t582[0i];
    let v730: f32 = l383 * l627;
    t730[i] = v730;
  }
}
