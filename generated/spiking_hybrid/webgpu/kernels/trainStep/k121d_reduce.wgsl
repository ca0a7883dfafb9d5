// kernel k121d_reduce
@group(0) @binding(0) var<storage, read> t330: array<f32>;
@group(0) @binding(1) var<storage, read_write> t624: array<f32>;
@group(0) @binding(2) var<storage, read> t297: array<f32>;
@group(0) @binding(3) var<storage, read_write> t640: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k121d_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  if (lid == 0i) {
    let x330: f32 = t330[row];
    let v624: f32 = x330 * x330;
    t624[row] = v624;
    let x297: f32 = t297[row];
    let v640: f32 = x297 * x297;
    t640[row] = v640;
  }
}
