// kernel k119b_ew
@group(0) @binding(0) var<storage, read> p_blocks_1_attn_wv_b: array<f32>;
@group(0) @binding(1) var<storage, read> t1128: array<f32>;
@group(0) @binding(2) var<storage, read> t649: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1130: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k119b_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l25: f32 = p_blocks_1_attn_wv_b[i];
    let x1128: f32 = t1128[i];
    let l734: f32 = t649[0i];
    let v1129: f32 = x1128 * l734;
    let v1130: f32 = l25 - v1129;
    t1130[i] = v1130;
  }
}
