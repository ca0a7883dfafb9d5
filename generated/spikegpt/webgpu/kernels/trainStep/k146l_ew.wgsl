// kernel k146l_ew
@group(0) @binding(0) var<storage, read> p_blocks_1_att_key_w: array<f32>;
@group(0) @binding(1) var<storage, read> t1030: array<f32>;
@group(0) @binding(2) var<storage, read> t1512: array<f32>;
@group(0) @binding(3) var<storage, read> t1519: array<f32>;
@group(0) @binding(4) var<storage, read> t1004: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1523: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k146l_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l28: f32 = p_blocks_1_att_key_w[i];
  let l1214: f32 = t1030[0i];
  let v1520: f32 = l28 * l1214;
  let x1512: f32 = t1512[i];
  let x1519: f32 = t1519[i];
  let v1521: f32 = x1512 / x1519;
  let l1217: f32 = t1004[0i];
  let v1522: f32 = v1521 * l1217;
  let v1523: f32 = v1520 - v1522;
  t1523[i] = v1523;
}
