// kernel k124b_ew
@group(0) @binding(0) var<storage, read> p_ln_f_g: array<f32>;
@group(0) @binding(1) var<storage, read> t1314: array<f32>;
@group(0) @binding(2) var<storage, read> t688: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1316: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k124b_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l34: f32 = p_ln_f_g[i];
    let x1314: f32 = t1314[i];
    let l773: f32 = t688[0i];
    let v1315: f32 = x1314 * l773;
    let v1316: f32 = l34 - v1315;
    t1316[i] = v1316;
  }
}
