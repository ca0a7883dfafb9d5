// kernel k113b_ew
@group(0) @binding(0) var<storage, read> p_blocks_1_ln1_b: array<f32>;
@group(0) @binding(1) var<storage, read> t1029: array<f32>;
@group(0) @binding(2) var<storage, read> t649: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1031: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k113b_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l19: f32 = p_blocks_1_ln1_b[i];
    let x1029: f32 = t1029[i];
    let l734: f32 = t649[0i];
    let v1030: f32 = x1029 * l734;
    let v1031: f32 = l19 - v1030;
    t1031[i] = v1031;
  }
}
