// kernel k146h_ew
@group(0) @binding(0) var<storage, read> p_blocks_0_att_output_w: array<f32>;
@group(0) @binding(1) var<storage, read> t1030: array<f32>;
@group(0) @binding(2) var<storage, read> t1259: array<f32>;
@group(0) @binding(3) var<storage, read> t1266: array<f32>;
@group(0) @binding(4) var<storage, read> t1004: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1270: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k146h_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l13: f32 = p_blocks_0_att_output_w[i];
  let l1214: f32 = t1030[0i];
  let v1267: f32 = l13 * l1214;
  let x1259: f32 = t1259[i];
  let x1266: f32 = t1266[i];
  let v1268: f32 = x1259 / x1266;
  let l1217: f32 = t1004[0i];
  let v1269: f32 = v1268 * l1217;
  let v1270: f32 = v1267 - v1269;
  t1270[i] = v1270;
}
