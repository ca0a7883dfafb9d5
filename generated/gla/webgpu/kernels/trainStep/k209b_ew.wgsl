// kernel k209b_ew
@group(0) @binding(0) var<storage, read> p_norm_g: array<f32>;
@group(0) @binding(1) var<storage, read> t1511: array<f32>;
@group(0) @binding(2) var<storage, read> t899: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1513: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k209b_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l31: f32 = p_norm_g[i];
    let x1511: f32 = t1511[i];
    let l958: f32 = t899[0i];
    let v1512: f32 = x1511 * l958;
    let v1513: f32 = l31 - v1512;
    t1513[i] = v1513;
  }
}
