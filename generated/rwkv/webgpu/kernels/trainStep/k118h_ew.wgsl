// kernel k118h_ew
@group(0) @binding(0) var<storage, read> p_blocks_1_ffn_key_w: array<f32>;
@group(0) @binding(1) var<storage, read> t936: array<f32>;
@group(0) @binding(2) var<storage, read> t1550: array<f32>;
@group(0) @binding(3) var<storage, read> t1557: array<f32>;
@group(0) @binding(4) var<storage, read> t910: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1561: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k118h_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l36: f32 = p_blocks_1_ffn_key_w[i];
  let l1261: f32 = t936[0i];
  let v1558: f32 = l36 * l1261;
  let x1550: f32 = t1550[i];
  let x1557: f32 = t1557[i];
  let v1559: f32 = x1550 / x1557;
  let l1264: f32 = t910[0i];
  let v1560: f32 = v1559 * l1264;
  let v1561: f32 = v1558 - v1560;
  t1561[i] = v1561;
}
