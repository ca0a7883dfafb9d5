// kernel k118f_ew
@group(0) @binding(0) var<storage, read> p_blocks_0_ffn_value_w: array<f32>;
@group(0) @binding(1) var<storage, read> t936: array<f32>;
@group(0) @binding(2) var<storage, read> t1289: array<f32>;
@group(0) @binding(3) var<storage, read> t1296: array<f32>;
@group(0) @binding(4) var<storage, read> t910: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1300: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k118f_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l20: f32 = p_blocks_0_ffn_value_w[i];
  let l938: f32 = t936[0i];
  let v1297: f32 = l20 * l938;
  let x1289: f32 = t1289[i];
  let x1296: f32 = t1296[i];
  let v1298: f32 = x1289 / x1296;
  let l942: f32 = t910[0i];
  let v1299: f32 = v1298 * l942;
  let v1300: f32 = v1297 - v1299;
  t1300[i] = v1300;
}
