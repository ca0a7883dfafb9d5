// kernel k315v_ew
@group(0) @binding(0) var<storage, read> p_norm_g: array<f32>;
@group(0) @binding(1) var<storage, read> t2574: array<f32>;
@group(0) @binding(2) var<storage, read> t1582: array<f32>;
@group(0) @binding(3) var<storage, read_write> t2576: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k315v_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l55: f32 = p_norm_g[i];
    let x2574: f32 = t2574[i];
    let l1641: f32 = t1582[0i];
    let v2575: f32 = x2574 * l1641;
    let v2576: f32 = l55 - v2575;
    t2576[i] = v2576;
  }
}
