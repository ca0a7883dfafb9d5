// kernel k111b_ew
@group(0) @binding(0) var<storage, read> p_layers_0_attn_norm_g: array<f32>;
@group(0) @binding(1) var<storage, read> t640: array<f32>;
@group(0) @binding(2) var<storage, read> t583: array<f32>;
@group(0) @binding(3) var<storage, read_write> t644: array<f32>;
@group(0) @binding(4) var<storage, read> t374: array<f32>;
@group(0) @binding(5) var<storage, read> t574: array<f32>;
@group(0) @binding(6) var<storage, read_write> t731: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k111b_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l1: f32 = p_layers_0_attn_norm_g[i];
    let x640: f32 = t640[i];
    let l642: f32 = t583[0i];
    let v643: f32 = x640 * l642;
    let v644: f32 = l1 - v643;
    t644[i] = v644;
    let l375: f32 = t374[i];
    let l619: f32 = t574[0i];
    let v731: f32 = l375 * l619;
    t731[i] = v731;
  }
}
