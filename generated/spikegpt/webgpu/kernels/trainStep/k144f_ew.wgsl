// kernel k144f_ew
@group(0) @binding(0) var<storage, read> p_blocks_0_ffn_value_w: array<f32>;
@group(0) @binding(1) var<storage, read> t1030: array<f32>;
@group(0) @binding(2) var<storage, read> t1383: array<f32>;
@group(0) @binding(3) var<storage, read> t1390: array<f32>;
@group(0) @binding(4) var<storage, read> t1004: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1394: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k144f_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l20: f32 = p_blocks_0_ffn_value_w[i];
  let l1032: f32 = t1030[0i];
  let v1391: f32 = l20 * l1032;
  let x1383: f32 = t1383[i];
  let x1390: f32 = t1390[i];
  let v1392: f32 = x1383 / x1390;
  let l1036: f32 = t1004[0i];
  let v1393: f32 = v1392 * l1036;
  let v1394: f32 = v1391 - v1393;
  t1394[i] = v1394;
}
