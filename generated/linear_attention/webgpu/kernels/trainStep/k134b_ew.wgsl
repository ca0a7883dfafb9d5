// kernel k134b_ew
@group(0) @binding(0) var<storage, read> p_blocks_0_ln2_g: array<f32>;
@group(0) @binding(1) var<storage, read> t930: array<f32>;
@group(0) @binding(2) var<storage, read> t745: array<f32>;
@group(0) @binding(3) var<storage, read_write> t932: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k134b_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l8: f32 = p_blocks_0_ln2_g[i];
    let x930: f32 = t930[i];
    let l830: f32 = t745[0i];
    let v931: f32 = x930 * l830;
    let v932: f32 = l8 - v931;
    t932[i] = v932;
  }
}
