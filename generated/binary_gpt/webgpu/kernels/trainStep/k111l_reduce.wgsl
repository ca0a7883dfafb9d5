// kernel k111l_reduce
@group(0) @binding(0) var<storage, read> t697: array<f32>;
@group(0) @binding(1) var<storage, read_write> t701: array<f32>;
@compute @workgroup_size(64, 1, 1)
fn k111l_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  if (lid == 0i) {
    let x697: f32 = t697[0i];
    let v699: f32 = x697 + 0.000001f;
    let v700: f32 = 1.0f / v699;
    let v701: f32 = min(v700, 1.0f);
    t701[0i] = v701;
  }
}
