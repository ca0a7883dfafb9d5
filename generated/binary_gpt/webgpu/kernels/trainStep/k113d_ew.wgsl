// kernel k113d_ew
@group(0) @binding(0) var<storage, read> p_blocks_0_attn_wq_w: array<f32>;
@group(0) @binding(1) var<storage, read> t736: array<f32>;
@group(0) @binding(2) var<storage, read> t803: array<f32>;
@group(0) @binding(3) var<storage, read> t810: array<f32>;
@group(0) @binding(4) var<storage, read> t710: array<f32>;
@group(0) @binding(5) var<storage, read_write> t814: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k113d_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l3: f32 = p_blocks_0_attn_wq_w[i];
  let l765: f32 = t736[0i];
  let v811: f32 = l3 * l765;
  let x803: f32 = t803[i];
  let x810: f32 = t810[i];
  let v812: f32 = x803 / x810;
  let l768: f32 = t710[0i];
  let v813: f32 = v812 * l768;
  let v814: f32 = v811 - v813;
  t814[i] = v814;
}
