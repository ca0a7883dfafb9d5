// kernel k112b_ew
@group(0) @binding(0) var<storage, read> p_blocks_1_ln1_g: array<f32>;
@group(0) @binding(1) var<storage, read> t1013: array<f32>;
@group(0) @binding(2) var<storage, read> t649: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1015: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k112b_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l18: f32 = p_blocks_1_ln1_g[i];
    let x1013: f32 = t1013[i];
    let l734: f32 = t649[0i];
    let v1014: f32 = x1013 * l734;
    let v1015: f32 = l18 - v1014;
    t1015[i] = v1015;
  }
}
