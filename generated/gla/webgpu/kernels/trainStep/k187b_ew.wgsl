// kernel k187b_ew
@group(0) @binding(0) var<storage, read> p_layers_0_attn_wr_b: array<f32>;
@group(0) @binding(1) var<storage, read> t1119: array<f32>;
@group(0) @binding(2) var<storage, read> t899: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1121: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k187b_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l9: f32 = p_layers_0_attn_wr_b[i];
    let x1119: f32 = t1119[i];
    let l958: f32 = t899[0i];
    let v1120: f32 = x1119 * l958;
    let v1121: f32 = l9 - v1120;
    t1121[i] = v1121;
  }
}
