// kernel k109d_reduce
@group(0) @binding(0) var<storage, read> t272: array<f32>;
@group(0) @binding(1) var<storage, read_write> t554: array<f32>;
@group(0) @binding(2) var<storage, read> t238: array<f32>;
@group(0) @binding(3) var<storage, read_write> t570: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k109d_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  if (lid == 0i) {
    let x272: f32 = t272[row];
    let v554: f32 = x272 * x272;
    t554[row] = v554;
    let x238: f32 = t238[row];
    let v570: f32 = x238 * x238;
    t570[row] = v570;
  }
}
