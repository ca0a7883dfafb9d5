// kernel k147d_reduce
@group(0) @binding(0) var<storage, read> t332: array<f32>;
@group(0) @binding(1) var<storage, read_write> t728: array<f32>;
@group(0) @binding(2) var<storage, read> t299: array<f32>;
@group(0) @binding(3) var<storage, read_write> t744: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k147d_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  if (lid == 0i) {
    let x332: f32 = t332[row];
    let v728: f32 = x332 * x332;
    t728[row] = v728;
    let x299: f32 = t299[row];
    let v744: f32 = x299 * x299;
    t744[row] = v744;
  }
}
