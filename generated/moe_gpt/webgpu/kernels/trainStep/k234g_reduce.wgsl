// kernel k234g_reduce
@group(0) @binding(0) var<storage, read> t939: array<f32>;
@group(0) @binding(1) var<storage, read_write> t1047: array<f32>;
@group(0) @binding(2) var<storage, read> t416: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1079: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k234g_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  if (lid == 0i) {
    let x939: f32 = t939[row];
    let v1047: f32 = x939 * x939;
    t1047[row] = v1047;
    let x416: f32 = t416[row];
    let v1079: f32 = x416 * x416;
    t1079[row] = v1079;
  }
}
