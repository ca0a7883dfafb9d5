// kernel k120j_ew
@group(0) @binding(0) var<storage, read> p_blocks_0_ffn_receptance_w: array<f32>;
@group(0) @binding(1) var<storage, read> t936: array<f32>;
@group(0) @binding(2) var<storage, read> t1272: array<f32>;
@group(0) @binding(3) var<storage, read> t1279: array<f32>;
@group(0) @binding(4) var<storage, read> t910: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1283: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k120j_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l19: f32 = p_blocks_0_ffn_receptance_w[i];
  let l1120: f32 = t936[0i];
  let v1280: f32 = l19 * l1120;
  let x1272: f32 = t1272[i];
  let x1279: f32 = t1279[i];
  let v1281: f32 = x1272 / x1279;
  let l1123: f32 = t910[0i];
  let v1282: f32 = v1281 * l1123;
  let v1283: f32 = v1280 - v1282;
  t1283[i] = v1283;
}
