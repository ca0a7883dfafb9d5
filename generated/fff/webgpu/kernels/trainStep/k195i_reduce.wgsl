// kernel k195i_reduce
@group(0) @binding(0) var<storage, read> t417: array<f32>;
@group(0) @binding(1) var<storage, read_write> t978: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k195i_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  if (lid == 0i) {
    let x417: f32 = t417[row];
    let v978: f32 = x417 * x417;
    t978[row] = v978;
  }
}
