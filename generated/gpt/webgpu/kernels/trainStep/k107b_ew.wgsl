// kernel k107b_ew
@group(0) @binding(0) var<storage, read> p_blocks_0_mlp_proj_b: array<f32>;
@group(0) @binding(1) var<storage, read> t1036: array<f32>;
@group(0) @binding(2) var<storage, read> t688: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1038: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k107b_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l17: f32 = p_blocks_0_mlp_proj_b[i];
    let x1036: f32 = t1036[i];
    let l773: f32 = t688[0i];
    let v1037: f32 = x1036 * l773;
    let v1038: f32 = l17 - v1037;
    t1038[i] = v1038;
  }
}
