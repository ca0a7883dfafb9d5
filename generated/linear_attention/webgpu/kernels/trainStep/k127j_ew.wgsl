// kernel k127j_ew
@group(0) @binding(0) var<storage, read> p_blocks_0_attn_wo_w: array<f32>;
@group(0) @binding(1) var<storage, read> t771: array<f32>;
@group(0) @binding(2) var<storage, read> t905: array<f32>;
@group(0) @binding(3) var<storage, read> t912: array<f32>;
@group(0) @binding(4) var<storage, read> t745: array<f32>;
@group(0) @binding(5) var<storage, read_write> t916: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k127j_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l7: f32 = p_blocks_0_attn_wo_w[i];
  let l800: f32 = t771[0i];
  let v913: f32 = l7 * l800;
  let x905: f32 = t905[i];
  let x912: f32 = t912[i];
  let v914: f32 = x905 / x912;
  let l803: f32 = t745[0i];
  let v915: f32 = v914 * l803;
  let v916: f32 = v913 - v915;
  t916[i] = v916;
}
