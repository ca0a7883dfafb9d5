// kernel k155j_reduce
@group(0) @binding(0) var<storage, read> t327: array<f32>;
@group(0) @binding(1) var<storage, read_write> t800: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k155j_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  if (lid == 0i) {
    let x327: f32 = t327[row];
    let v800: f32 = x327 * x327;
    t800[row] = v800;
  }
}
