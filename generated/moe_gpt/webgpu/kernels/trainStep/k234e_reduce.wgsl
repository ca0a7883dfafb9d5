// kernel k234e_reduce
@group(0) @binding(0) var<storage, read> t569: array<f32>;
@group(0) @binding(1) var<storage, read> t670: array<f32>;
@group(0) @binding(2) var<storage, read_write> t944: array<f32>;
@group(0) @binding(3) var<storage, read> t745: array<f32>;
@group(0) @binding(4) var<storage, read> t850: array<f32>;
@group(0) @binding(5) var<storage, read_write> t946: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k234e_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  if (lid == 0i) {
    let x569: f32 = t569[row];
    let x670: f32 = t670[row];
    let v944: f32 = x569 + x670;
    t944[row] = v944;
    let x745: f32 = t745[row];
    let x850: f32 = t850[row];
    let v946: f32 = x745 + x850;
    t946[row] = v946;
  }
}
