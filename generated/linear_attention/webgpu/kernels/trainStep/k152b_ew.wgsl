// kernel k152b_ew
@group(0) @binding(0) var<storage, read> p_ln_f_g: array<f32>;
@group(0) @binding(1) var<storage, read> t1243: array<f32>;
@group(0) @binding(2) var<storage, read> t745: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1245: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k152b_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l26: f32 = p_ln_f_g[i];
    let x1243: f32 = t1243[i];
    let l830: f32 = t745[0i];
    let v1244: f32 = x1243 * l830;
    let v1245: f32 = l26 - v1244;
    t1245[i] = v1245;
  }
}
