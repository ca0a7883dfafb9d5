// kernel k111d_reduce
@group(0) @binding(0) var<storage, read> t301: array<f32>;
@group(0) @binding(1) var<storage, read_write> t600: array<f32>;
@group(0) @binding(2) var<storage, read> t267: array<f32>;
@group(0) @binding(3) var<storage, read_write> t616: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k111d_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  if (lid == 0i) {
    let x301: f32 = t301[row];
    let v600: f32 = x301 * x301;
    t600[row] = v600;
    let x267: f32 = t267[row];
    let v616: f32 = x267 * x267;
    t616[row] = v616;
  }
}
