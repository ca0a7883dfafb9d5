// kernel k198g_reduce
@group(0) @binding(0) var<storage, read> t830: array<f32>;
@group(0) @binding(1) var<storage, read_write> t926: array<f32>;
@group(0) @binding(2) var<storage, read> t338: array<f32>;
@group(0) @binding(3) var<storage, read_write> t946: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k198g_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  if (lid == 0i) {
    let x830: f32 = t830[row];
    let v926: f32 = x830 * x830;
    t926[row] = v926;
    let x338: f32 = t338[row];
    let v946: f32 = x338 * x338;
    t946[row] = v946;
  }
}
