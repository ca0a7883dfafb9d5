// kernel k129b_ew
@group(0) @binding(0) var<storage, read> p_blocks_0_ln1_b: array<f32>;
@group(0) @binding(1) var<storage, read> t846: array<f32>;
@group(0) @binding(2) var<storage, read> t745: array<f32>;
@group(0) @binding(3) var<storage, read_write> t848: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k129b_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l3: f32 = p_blocks_0_ln1_b[i];
    let x846: f32 = t846[i];
    let l830: f32 = t745[0i];
    let v847: f32 = x846 * l830;
    let v848: f32 = l3 - v847;
    t848[i] = v848;
  }
}
