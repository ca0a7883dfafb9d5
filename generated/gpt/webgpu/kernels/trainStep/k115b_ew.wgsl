// kernel k115b_ew
@group(0) @binding(0) var<storage, read> p_blocks_1_attn_wv_b: array<f32>;
@group(0) @binding(1) var<storage, read> t1167: array<f32>;
@group(0) @binding(2) var<storage, read> t688: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1169: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k115b_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l25: f32 = p_blocks_1_attn_wv_b[i];
    let x1167: f32 = t1167[i];
    let l773: f32 = t688[0i];
    let v1168: f32 = x1167 * l773;
    let v1169: f32 = l25 - v1168;
    t1169[i] = v1169;
  }
}
