// kernel k113h_ew
@group(0) @binding(0) var<storage, read> p_blocks_0_attn_wv_w: array<f32>;
@group(0) @binding(1) var<storage, read> t736: array<f32>;
@group(0) @binding(2) var<storage, read> t901: array<f32>;
@group(0) @binding(3) var<storage, read> t908: array<f32>;
@group(0) @binding(4) var<storage, read> t710: array<f32>;
@group(0) @binding(5) var<storage, read_write> t912: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k113h_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l9: f32 = p_blocks_0_attn_wv_w[i];
  let l765: f32 = t736[0i];
  let v909: f32 = l9 * l765;
  let x901: f32 = t901[i];
  let x908: f32 = t908[i];
  let v910: f32 = x901 / x908;
  let l768: f32 = t710[0i];
  let v911: f32 = v910 * l768;
  let v912: f32 = v909 - v911;
  t912[i] = v912;
}
