// kernel k149i_ew
@group(0) @binding(0) var<storage, read> p_norm_g: array<f32>;
@group(0) @binding(1) var<storage, read> t1314: array<f32>;
@group(0) @binding(2) var<storage, read_write> t1315: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k149i_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l25: f32 = p_norm_g[i];
    let x1314: f32 = t1314[i];
    let v1315: f32 = l25 - x1314;
    t1315[i] = v1315;
  }
}
