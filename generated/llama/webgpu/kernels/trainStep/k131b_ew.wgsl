// kernel k131b_ew
@group(0) @binding(0) var<storage, read> p_norm_g: array<f32>;
@group(0) @binding(1) var<storage, read> t1025: array<f32>;
@group(0) @binding(2) var<storage, read> t637: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1027: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k131b_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l19: f32 = p_norm_g[i];
    let x1025: f32 = t1025[i];
    let l696: f32 = t637[0i];
    let v1026: f32 = x1025 * l696;
    let v1027: f32 = l19 - v1026;
    t1027[i] = v1027;
  }
}
