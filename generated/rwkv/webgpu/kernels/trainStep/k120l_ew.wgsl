// kernel k120l_ew
@group(0) @binding(0) var<storage, read> p_blocks_1_att_key_w: array<f32>;
@group(0) @binding(1) var<storage, read> t936: array<f32>;
@group(0) @binding(2) var<storage, read> t1418: array<f32>;
@group(0) @binding(3) var<storage, read> t1425: array<f32>;
@group(0) @binding(4) var<storage, read> t910: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1429: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k120l_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l28: f32 = p_blocks_1_att_key_w[i];
  let l1120: f32 = t936[0i];
  let v1426: f32 = l28 * l1120;
  let x1418: f32 = t1418[i];
  let x1425: f32 = t1425[i];
  let v1427: f32 = x1418 / x1425;
  let l1123: f32 = t910[0i];
  let v1428: f32 = v1427 * l1123;
  let v1429: f32 = v1426 - v1428;
  t1429[i] = v1429;
}
