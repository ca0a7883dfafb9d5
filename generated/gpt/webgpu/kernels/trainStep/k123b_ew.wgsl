// kernel k123b_ew
@group(0) @binding(0) var<storage, read> p_blocks_1_mlp_proj_b: array<f32>;
@group(0) @binding(1) var<storage, read> t1298: array<f32>;
@group(0) @binding(2) var<storage, read> t688: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1300: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k123b_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l33: f32 = p_blocks_1_mlp_proj_b[i];
    let x1298: f32 = t1298[i];
    let l773: f32 = t688[0i];
    let v1299: f32 = x1298 * l773;
    let v1300: f32 = l33 - v1299;
    t1300[i] = v1300;
  }
}
