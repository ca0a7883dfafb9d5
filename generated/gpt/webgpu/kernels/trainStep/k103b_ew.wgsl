// kernel k103b_ew
@group(0) @binding(0) var<storage, read> p_blocks_0_attn_wv_b: array<f32>;
@group(0) @binding(1) var<storage, read> t849: array<f32>;
@group(0) @binding(2) var<storage, read> t649: array<f32>;
@group(0) @binding(3) var<storage, read_write> t851: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k103b_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l9: f32 = p_blocks_0_attn_wv_b[i];
    let x849: f32 = t849[i];
    let l734: f32 = t649[0i];
    let v850: f32 = x849 * l734;
    let v851: f32 = l9 - v850;
    t851[i] = v851;
  }
}
