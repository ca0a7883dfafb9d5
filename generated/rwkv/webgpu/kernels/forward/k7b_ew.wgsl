// kernel k7b_ew (compiler/std/ssm.loom:79:21)
@group(0) @binding(0) var<storage, read> t79: array<f32>;
@group(0) @binding(1) var<storage, read> p_blocks_0_att_mix_r: array<f32>;
@group(0) @binding(2) var<storage, read> t81: array<f32>;
@group(0) @binding(3) var<storage, read> t112: array<f32>;
@group(0) @binding(4) var<storage, read_write> t116: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k7b_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l79: f32 = t79[i];
  let l110: f32 = p_blocks_0_att_mix_r[i % 64i];
  let v111: f32 = l79 * l110;
  let l82: f32 = t81[i];
  let l114: f32 = t112[i % 64i];
  let v115: f32 = l82 * l114;
  let v116: f32 = v111 + v115;
  t116[i] = v116;
}
