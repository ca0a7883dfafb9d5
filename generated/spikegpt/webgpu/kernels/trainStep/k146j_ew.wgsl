// kernel k146j_ew
@group(0) @binding(0) var<storage, read> p_blocks_0_ffn_receptance_w: array<f32>;
@group(0) @binding(1) var<storage, read> t1030: array<f32>;
@group(0) @binding(2) var<storage, read> t1366: array<f32>;
@group(0) @binding(3) var<storage, read> t1373: array<f32>;
@group(0) @binding(4) var<storage, read> t1004: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1377: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k146j_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l19: f32 = p_blocks_0_ffn_receptance_w[i];
  let l1214: f32 = t1030[0i];
  let v1374: f32 = l19 * l1214;
  let x1366: f32 = t1366[i];
  let x1373: f32 = t1373[i];
  let v1375: f32 = x1366 / x1373;
  let l1217: f32 = t1004[0i];
  let v1376: f32 = v1375 * l1217;
  let v1377: f32 = v1374 - v1376;
  t1377[i] = v1377;
}
