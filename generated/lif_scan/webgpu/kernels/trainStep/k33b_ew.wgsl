// kernel k33b_ew
@group(0) @binding(0) var<storage, read> p_first_fc_w: array<f32>;
@group(0) @binding(1) var<storage, read> t204: array<f32>;
@group(0) @binding(2) var<storage, read> t221: array<f32>;
@group(0) @binding(3) var<storage, read> t232: array<f32>;
@group(0) @binding(4) var<storage, read> t178: array<f32>;
@group(0) @binding(5) var<storage, read_write> t238: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k33b_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l1: f32 = p_first_fc_w[i];
  let l233: f32 = t204[0i];
  let v234: f32 = l1 * l233;
  let x221: f32 = t221[i];
  let x232: f32 = t232[i];
  let v235: f32 = x221 / x232;
  let l236: f32 = t178[0i];
  let v237: f32 = v235 * l236;
  let v238: f32 = v234 - v237;
  t238[i] = v238;
}
