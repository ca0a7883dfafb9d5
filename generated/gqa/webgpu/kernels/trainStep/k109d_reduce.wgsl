// kernel k109d_reduce
@group(0) @binding(0) var<storage, read> t266: array<f32>;
@group(0) @binding(1) var<storage, read_write> t546: array<f32>;
@group(0) @binding(2) var<storage, read> t233: array<f32>;
@group(0) @binding(3) var<storage, read_write> t562: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k109d_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  if (lid == 0i) {
    let x266: f32 = t266[row];
    let v546: f32 = x266 * x266;
    t546[row] = v546;
    let x233: f32 = t233[row];
    let v562: f32 = x233 * x233;
    t562[row] = v562;
  }
}
