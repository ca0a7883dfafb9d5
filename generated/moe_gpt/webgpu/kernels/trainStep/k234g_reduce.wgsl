// kernel k234g_reduce
@group(0) @binding(0) var<storage, read> t959: array<f32>;
@group(0) @binding(1) var<storage, read_write> t1067: array<f32>;
@group(0) @binding(2) var<storage, read> t436: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1099: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k234g_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  if (lid == 0i) {
    let x959: f32 = t959[row];
    let v1067: f32 = x959 * x959;
    t1067[row] = v1067;
    let x436: f32 = t436[row];
    let v1099: f32 = x436 * x436;
    t1099[row] = v1099;
  }
}
