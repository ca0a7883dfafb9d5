// kernel k30b_ew
@group(0) @binding(0) var<storage, read> p_emb: array<f32>;
@group(0) @binding(1) var<storage, read> t197: array<f32>;
@group(0) @binding(2) var<storage, read> t182: array<f32>;
@group(0) @binding(3) var<storage, read> t194: array<f32>;
@group(0) @binding(4) var<storage, read> t171: array<f32>;
@group(0) @binding(5) var<storage, read_write> t205: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k30b_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l0: f32 = p_emb[i];
  let l199: f32 = t197[0i];
  let v200: f32 = l0 * l199;
  let x182: f32 = t182[i];
  let x194: f32 = t194[i];
  let v201: f32 = x182 / x194;
  let l203: f32 = t171[0i];
  let v204: f32 = v201 * l203;
  let v205: f32 = v200 - v204;
  t205[i] = v205;
}
