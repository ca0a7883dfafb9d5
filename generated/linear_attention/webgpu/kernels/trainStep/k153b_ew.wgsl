// kernel k153b_ew
@group(0) @binding(0) var<storage, read> p_ln_f_b: array<f32>;
@group(0) @binding(1) var<storage, read> t1259: array<f32>;
@group(0) @binding(2) var<storage, read> t745: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1261: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k153b_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l27: f32 = p_ln_f_b[i];
    let x1259: f32 = t1259[i];
    let l830: f32 = t745[0i];
    let v1260: f32 = x1259 * l830;
    let v1261: f32 = l27 - v1260;
    t1261[i] = v1261;
  }
}
