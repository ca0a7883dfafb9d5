// kernel k117l_reduce
@group(0) @binding(0) var<storage, read> t628: array<f32>;
@group(0) @binding(1) var<storage, read> t631: array<f32>;
@group(0) @binding(2) var<storage, read_write> t708: array<f32>;
@group(0) @binding(3) var<storage, read> t639: array<f32>;
@group(0) @binding(4) var<storage, read> t642: array<f32>;
@group(0) @binding(5) var<storage, read_write> t709: array<f32>;
@group(0) @binding(6) var<storage, read> t644: array<f32>;
@group(0) @binding(7) var<storage, read_write> t749: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k117l_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  if (lid == 0i) {
    let x628: f32 = t628[row];
    let x631: f32 = t631[row];
    let v708: f32 = x628 + x631;
    t708[row] = v708;
    let x639: f32 = t639[row];
    let x642: f32 = t642[row];
    let v709: f32 = x639 + x642;
    t709[row] = v709;
    let x644: f32 = t644[row];
    let v749: f32 = x644 * x644;
    t749[row] = v749;
  }
}
