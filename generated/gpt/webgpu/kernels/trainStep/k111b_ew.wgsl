// kernel k111b_ew
@group(0) @binding(0) var<storage, read> p_blocks_1_attn_wq_b: array<f32>;
@group(0) @binding(1) var<storage, read> t1101: array<f32>;
@group(0) @binding(2) var<storage, read> t688: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1103: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k111b_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l21: f32 = p_blocks_1_attn_wq_b[i];
    let x1101: f32 = t1101[i];
    let l773: f32 = t688[0i];
    let v1102: f32 = x1101 * l773;
    let v1103: f32 = l21 - v1102;
    t1103[i] = v1103;
  }
}
