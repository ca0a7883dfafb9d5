// kernel k147b_ew
@group(0) @binding(0) var<storage, read> p_blocks_1_ln2_b: array<f32>;
@group(0) @binding(1) var<storage, read> t1161: array<f32>;
@group(0) @binding(2) var<storage, read> t745: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1163: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k147b_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l21: f32 = p_blocks_1_ln2_b[i];
    let x1161: f32 = t1161[i];
    let l830: f32 = t745[0i];
    let v1162: f32 = x1161 * l830;
    let v1163: f32 = l21 - v1162;
    t1163[i] = v1163;
  }
}
