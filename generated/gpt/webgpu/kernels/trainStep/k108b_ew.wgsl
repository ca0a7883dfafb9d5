// kernel k108b_ew
@group(0) @binding(0) var<storage, read> p_blocks_1_ln1_g: array<f32>;
@group(0) @binding(1) var<storage, read> t1052: array<f32>;
@group(0) @binding(2) var<storage, read> t688: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1054: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k108b_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l18: f32 = p_blocks_1_ln1_g[i];
    let x1052: f32 = t1052[i];
    let l773: f32 = t688[0i];
    let v1053: f32 = x1052 * l773;
    let v1054: f32 = l18 - v1053;
    t1054[i] = v1054;
  }
}
