// kernel k146b_ew
@group(0) @binding(0) var<storage, read> p_blocks_1_ln2_g: array<f32>;
@group(0) @binding(1) var<storage, read> t1145: array<f32>;
@group(0) @binding(2) var<storage, read> t745: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1147: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k146b_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l20: f32 = p_blocks_1_ln2_g[i];
    let x1145: f32 = t1145[i];
    let l830: f32 = t745[0i];
    let v1146: f32 = x1145 * l830;
    let v1147: f32 = l20 - v1146;
    t1147[i] = v1147;
  }
}
