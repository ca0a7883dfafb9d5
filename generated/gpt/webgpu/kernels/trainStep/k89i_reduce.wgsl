// kernel k89i_reduce
@group(0) @binding(0) var<storage, read> t275: array<f32>;
@group(0) @binding(1) var<storage, read_write> t671: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k89i_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  if (lid == 0i) {
    let x275: f32 = t275[row];
    let v671: f32 = x275 * x275;
    t671[row] = v671;
  }
}
