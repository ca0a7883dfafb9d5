// kernel k109b_ew
@group(0) @binding(0) var<storage, read> p_blocks_1_ln1_b: array<f32>;
@group(0) @binding(1) var<storage, read> t1068: array<f32>;
@group(0) @binding(2) var<storage, read> t688: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1070: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k109b_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l19: f32 = p_blocks_1_ln1_b[i];
    let x1068: f32 = t1068[i];
    let l773: f32 = t688[0i];
    let v1069: f32 = x1068 * l773;
    let v1070: f32 = l19 - v1069;
    t1070[i] = v1070;
  }
}
