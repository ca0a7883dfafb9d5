// kernel k99b_ew
@group(0) @binding(0) var<storage, read> p_blocks_0_attn_wq_b: array<f32>;
@group(0) @binding(1) var<storage, read> t783: array<f32>;
@group(0) @binding(2) var<storage, read> t649: array<f32>;
@group(0) @binding(3) var<storage, read_write> t785: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k99b_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l5: f32 = p_blocks_0_attn_wq_b[i];
    let x783: f32 = t783[i];
    let l734: f32 = t649[0i];
    let v784: f32 = x783 * l734;
    let v785: f32 = l5 - v784;
    t785[i] = v785;
  }
}
