// kernel k111b_ew
@group(0) @binding(0) var<storage, read> p_blocks_0_mlp_proj_b: array<f32>;
@group(0) @binding(1) var<storage, read> t997: array<f32>;
@group(0) @binding(2) var<storage, read> t649: array<f32>;
@group(0) @binding(3) var<storage, read_write> t999: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k111b_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l17: f32 = p_blocks_0_mlp_proj_b[i];
    let x997: f32 = t997[i];
    let l734: f32 = t649[0i];
    let v998: f32 = x997 * l734;
    let v999: f32 = l17 - v998;
    t999[i] = v999;
  }
}
