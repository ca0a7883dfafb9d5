// kernel k107b_ew
@group(0) @binding(0) var<storage, read> p_blocks_0_ln2_b: array<f32>;
@group(0) @binding(1) var<storage, read> t914: array<f32>;
@group(0) @binding(2) var<storage, read> t649: array<f32>;
@group(0) @binding(3) var<storage, read_write> t916: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k107b_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l13: f32 = p_blocks_0_ln2_b[i];
    let x914: f32 = t914[i];
    let l734: f32 = t649[0i];
    let v915: f32 = x914 * l734;
    let v916: f32 = l13 - v915;
    t916[i] = v916;
  }
}
