// kernel k204c_reduce
@group(0) @binding(0) var<storage, read> t769: array<f32>;
@group(0) @binding(1) var<storage, read_write> t1525: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k204c_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  if (lid == 0i) {
    let x769: f32 = t769[row];
    let v1525: f32 = x769 * x769;
    t1525[row] = v1525;
  }
}
