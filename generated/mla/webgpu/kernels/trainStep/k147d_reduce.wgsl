// kernel k147d_reduce
@group(0) @binding(0) var<storage, read> t340: array<f32>;
@group(0) @binding(1) var<storage, read_write> t738: array<f32>;
@group(0) @binding(2) var<storage, read> t306: array<f32>;
@group(0) @binding(3) var<storage, read_write> t754: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k147d_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  if (lid == 0i) {
    let x340: f32 = t340[row];
    let v738: f32 = x340 * x340;
    t738[row] = v738;
    let x306: f32 = t306[row];
    let v754: f32 = x306 * x306;
    t754[row] = v754;
  }
}
