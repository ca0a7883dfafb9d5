// kernel k113f_ew
@group(0) @binding(0) var<storage, read> p_blocks_0_attn_wk_w: array<f32>;
@group(0) @binding(1) var<storage, read> t736: array<f32>;
@group(0) @binding(2) var<storage, read> t852: array<f32>;
@group(0) @binding(3) var<storage, read> t859: array<f32>;
@group(0) @binding(4) var<storage, read> t710: array<f32>;
@group(0) @binding(5) var<storage, read_write> t863: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k113f_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l6: f32 = p_blocks_0_attn_wk_w[i];
  let l765: f32 = t736[0i];
  let v860: f32 = l6 * l765;
  let x852: f32 = t852[i];
  let x859: f32 = t859[i];
  let v861: f32 = x852 / x859;
  let l768: f32 = t710[0i];
  let v862: f32 = v861 * l768;
  let v863: f32 = v860 - v862;
  t863[i] = v863;
}
