// kernel k109d_reduce
@group(0) @binding(0) var<storage, read> t264: array<f32>;
@group(0) @binding(1) var<storage, read_write> t544: array<f32>;
@group(0) @binding(2) var<storage, read> t231: array<f32>;
@group(0) @binding(3) var<storage, read_write> t560: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k109d_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  if (lid == 0i) {
    let x264: f32 = t264[row];
    let v544: f32 = x264 * x264;
    t544[row] = v544;
    let x231: f32 = t231[row];
    let v560: f32 = x231 * x231;
    t560[row] = v560;
  }
}
