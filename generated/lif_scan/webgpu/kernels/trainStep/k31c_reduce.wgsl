// kernel k31c_reduce
@group(0) @binding(0) var<storage, read> t165: array<f32>;
@group(0) @binding(1) var<storage, read_write> t169: array<f32>;
@compute @workgroup_size(128, 1, 1)
fn k31c_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  if (lid == 0i) {
    let x165: f32 = t165[0i];
    let v167: f32 = x165 + 0.000001f;
    let v168: f32 = 1.0f / v167;
    let v169: f32 = min(v168, 1.0f);
    t169[0i] = v169;
  }
}
