// kernel k145ar_ew
@group(0) @binding(0) var<storage, read> p_ln_out_b: array<f32>;
@group(0) @binding(1) var<storage, read> t1720: array<f32>;
@group(0) @binding(2) var<storage, read_write> t1721: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k145ar_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l40: f32 = p_ln_out_b[i];
    let x1720: f32 = t1720[i];
    let v1721: f32 = l40 - x1720;
    t1721[i] = v1721;
  }
}
