// kernel k111d_reduce
@group(0) @binding(0) var<storage, read> t313: array<f32>;
@group(0) @binding(1) var<storage, read_write> t665: array<f32>;
@group(0) @binding(2) var<storage, read> t269: array<f32>;
@group(0) @binding(3) var<storage, read_write> t693: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k111d_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  if (lid == 0i) {
    let x313: f32 = t313[row];
    let v665: f32 = x313 * x313;
    t665[row] = v665;
    let x269: f32 = t269[row];
    let v693: f32 = x269 * x269;
    t693[row] = v693;
  }
}
