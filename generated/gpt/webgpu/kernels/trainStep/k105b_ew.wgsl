// kernel k105b_ew
@group(0) @binding(0) var<storage, read> p_blocks_0_attn_wo_b: array<f32>;
@group(0) @binding(1) var<storage, read> t882: array<f32>;
@group(0) @binding(2) var<storage, read> t649: array<f32>;
@group(0) @binding(3) var<storage, read_write> t884: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k105b_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l11: f32 = p_blocks_0_attn_wo_b[i];
    let x882: f32 = t882[i];
    let l734: f32 = t649[0i];
    let v883: f32 = x882 * l734;
    let v884: f32 = l11 - v883;
    t884[i] = v884;
  }
}
