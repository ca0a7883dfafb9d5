// kernel k111d_reduce
@group(0) @binding(0) var<storage, read> t276: array<f32>;
@group(0) @binding(1) var<storage, read_write> t560: array<f32>;
@group(0) @binding(2) var<storage, read> t242: array<f32>;
@group(0) @binding(3) var<storage, read_write> t576: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k111d_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  if (lid == 0i) {
    let x276: f32 = t276[row];
    let v560: f32 = x276 * x276;
    t560[row] = v560;
    let x242: f32 = t242[row];
    let v576: f32 = x242 * x242;
    t576[row] = v576;
  }
}
