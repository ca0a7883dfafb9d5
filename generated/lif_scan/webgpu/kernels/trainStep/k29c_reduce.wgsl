// kernel k29c_reduce
@group(0) @binding(0) var<storage, read> t158: array<f32>;
@group(0) @binding(1) var<storage, read_write> t162: array<f32>;
@compute @workgroup_size(128, 1, 1)
fn k29c_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  if (lid == 0i) {
    let x158: f32 = t158[0i];
    let v160: f32 = x158 + 0.000001f;
    let v161: f32 = 1.0f / v160;
    let v162: f32 = min(v161, 1.0f);
    t162[0i] = v162;
  }
}
