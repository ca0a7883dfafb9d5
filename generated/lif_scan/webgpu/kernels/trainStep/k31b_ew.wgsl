// kernel k31b_ew
@group(0) @binding(0) var<storage, read> p_first_fc_w: array<f32>;
@group(0) @binding(1) var<storage, read> t197: array<f32>;
@group(0) @binding(2) var<storage, read> t214: array<f32>;
@group(0) @binding(3) var<storage, read> t225: array<f32>;
@group(0) @binding(4) var<storage, read> t171: array<f32>;
@group(0) @binding(5) var<storage, read_write> t231: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k31b_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l1: f32 = p_first_fc_w[i];
  let l226: f32 = t197[0i];
  let v227: f32 = l1 * l226;
  let x214: f32 = t214[i];
  let x225: f32 = t225[i];
  let v228: f32 = x214 / x225;
  let l229: f32 = t171[0i];
  let v230: f32 = v228 * l229;
  let v231: f32 = v227 - v230;
  t231[i] = v231;
}
