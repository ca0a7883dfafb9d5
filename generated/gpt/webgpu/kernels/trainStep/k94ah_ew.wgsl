// kernel k94ah_ew
@group(0) @binding(0) var<storage, read> p_ln_f_b: array<f32>;
@group(0) @binding(1) var<storage, read> t1288: array<f32>;
@group(0) @binding(2) var<storage, read_write> t1289: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k94ah_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l35: f32 = p_ln_f_b[i];
    let x1288: f32 = t1288[i];
    let v1289: f32 = l35 - x1288;
    t1289[i] = v1289;
  }
}
