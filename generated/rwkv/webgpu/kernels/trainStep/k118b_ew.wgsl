// kernel k118b_ew
@group(0) @binding(0) var<storage, read> p_emb_w: array<f32>;
@group(0) @binding(1) var<storage, read> t936: array<f32>;
@group(0) @binding(2) var<storage, read> t921: array<f32>;
@group(0) @binding(3) var<storage, read> t933: array<f32>;
@group(0) @binding(4) var<storage, read> t910: array<f32>;
@group(0) @binding(5) var<storage, read_write> t944: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k118b_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l0: f32 = p_emb_w[i];
  let l938: f32 = t936[0i];
  let v939: f32 = l0 * l938;
  let x921: f32 = t921[i];
  let x933: f32 = t933[i];
  let v940: f32 = x921 / x933;
  let l942: f32 = t910[0i];
  let v943: f32 = v940 * l942;
  let v944: f32 = v939 - v943;
  t944[i] = v944;
}
