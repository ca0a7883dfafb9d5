// kernel k91i_reduce
@group(0) @binding(0) var<storage, read> t245: array<f32>;
@group(0) @binding(1) var<storage, read_write> t628: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k91i_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  if (lid == 0i) {
    let x245: f32 = t245[row];
    let v628: f32 = x245 * x245;
    t628[row] = v628;
  }
}
