// kernel k200g_reduce
@group(0) @binding(0) var<storage, read> t861: array<f32>;
@group(0) @binding(1) var<storage, read_write> t957: array<f32>;
@group(0) @binding(2) var<storage, read> t369: array<f32>;
@group(0) @binding(3) var<storage, read_write> t977: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k200g_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  if (lid == 0i) {
    let x861: f32 = t861[row];
    let v957: f32 = x861 * x861;
    t957[row] = v957;
    let x369: f32 = t369[row];
    let v977: f32 = x369 * x369;
    t977[row] = v977;
  }
}
