// kernel k115b_ew
@group(0) @binding(0) var<storage, read> p_blocks_1_attn_wq_b: array<f32>;
@group(0) @binding(1) var<storage, read> t1062: array<f32>;
@group(0) @binding(2) var<storage, read> t649: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1064: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k115b_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l21: f32 = p_blocks_1_attn_wq_b[i];
    let x1062: f32 = t1062[i];
    let l734: f32 = t649[0i];
    let v1063: f32 = x1062 * l734;
    let v1064: f32 = l21 - v1063;
    t1064[i] = v1064;
  }
}
