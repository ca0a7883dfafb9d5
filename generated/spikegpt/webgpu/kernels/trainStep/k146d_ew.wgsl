// kernel k146d_ew
@group(0) @binding(0) var<storage, read> p_blocks_0_att_value_w: array<f32>;
@group(0) @binding(1) var<storage, read> t1030: array<f32>;
@group(0) @binding(2) var<storage, read> t1225: array<f32>;
@group(0) @binding(3) var<storage, read> t1232: array<f32>;
@group(0) @binding(4) var<storage, read> t1004: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1236: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k146d_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l11: f32 = p_blocks_0_att_value_w[i];
  let l1214: f32 = t1030[0i];
  let v1233: f32 = l11 * l1214;
  let x1225: f32 = t1225[i];
  let x1232: f32 = t1232[i];
  let v1234: f32 = x1225 / x1232;
  let l1217: f32 = t1004[0i];
  let v1235: f32 = v1234 * l1217;
  let v1236: f32 = v1233 - v1235;
  t1236[i] = v1236;
}
