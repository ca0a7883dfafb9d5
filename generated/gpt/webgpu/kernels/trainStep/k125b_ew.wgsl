// kernel k125b_ew
@group(0) @binding(0) var<storage, read> p_ln_f_b: array<f32>;
@group(0) @binding(1) var<storage, read> t1330: array<f32>;
@group(0) @binding(2) var<storage, read> t688: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1332: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k125b_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l35: f32 = p_ln_f_b[i];
    let x1330: f32 = t1330[i];
    let l773: f32 = t688[0i];
    let v1331: f32 = x1330 * l773;
    let v1332: f32 = l35 - v1331;
    t1332[i] = v1332;
  }
}
