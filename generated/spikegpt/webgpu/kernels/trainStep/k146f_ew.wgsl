// kernel k146f_ew
@group(0) @binding(0) var<storage, read> p_blocks_0_att_receptance_w: array<f32>;
@group(0) @binding(1) var<storage, read> t1030: array<f32>;
@group(0) @binding(2) var<storage, read> t1242: array<f32>;
@group(0) @binding(3) var<storage, read> t1249: array<f32>;
@group(0) @binding(4) var<storage, read> t1004: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1253: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k146f_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l12: f32 = p_blocks_0_att_receptance_w[i];
  let l1214: f32 = t1030[0i];
  let v1250: f32 = l12 * l1214;
  let x1242: f32 = t1242[i];
  let x1249: f32 = t1249[i];
  let v1251: f32 = x1242 / x1249;
  let l1217: f32 = t1004[0i];
  let v1252: f32 = v1251 * l1217;
  let v1253: f32 = v1250 - v1252;
  t1253[i] = v1253;
}
