// kernel k118j_ew
@group(0) @binding(0) var<storage, read> p_blocks_1_ffn_value_w: array<f32>;
@group(0) @binding(1) var<storage, read> t936: array<f32>;
@group(0) @binding(2) var<storage, read> t1584: array<f32>;
@group(0) @binding(3) var<storage, read> t1591: array<f32>;
@group(0) @binding(4) var<storage, read> t910: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1595: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k118j_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l38: f32 = p_blocks_1_ffn_value_w[i];
  let l938: f32 = t936[0i];
  let v1592: f32 = l38 * l938;
  let x1584: f32 = t1584[i];
  let x1591: f32 = t1591[i];
  let v1593: f32 = x1584 / x1591;
  let l942: f32 = t910[0i];
  let v1594: f32 = v1593 * l942;
  let v1595: f32 = v1592 - v1594;
  t1595[i] = v1595;
}
