// kernel k173b_ew
@group(0) @binding(0) var<storage, read> p_norm_g: array<f32>;
@group(0) @binding(1) var<storage, read> t1313: array<f32>;
@group(0) @binding(2) var<storage, read> t775: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1315: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k173b_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l25: f32 = p_norm_g[i];
    let x1313: f32 = t1313[i];
    let l834: f32 = t775[0i];
    let v1314: f32 = x1313 * l834;
    let v1315: f32 = l25 - v1314;
    t1315[i] = v1315;
  }
}
