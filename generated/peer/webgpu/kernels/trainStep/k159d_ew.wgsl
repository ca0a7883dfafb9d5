// kernel k159d_ew
@group(0) @binding(0) var<storage, read> p_blocks_1_ffn_query_w: array<f32>;
@group(0) @binding(1) var<storage, read> t843: array<f32>;
@group(0) @binding(2) var<storage, read> t1402: array<f32>;
@group(0) @binding(3) var<storage, read> t1409: array<f32>;
@group(0) @binding(4) var<storage, read> t817: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1413: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k159d_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l31: f32 = p_blocks_1_ffn_query_w[i];
  let l1105: f32 = t843[0i];
  let v1410: f32 = l31 * l1105;
  let x1402: f32 = t1402[i];
  let x1409: f32 = t1409[i];
  let v1411: f32 = x1402 / x1409;
  let l1108: f32 = t817[0i];
  let v1412: f32 = v1411 * l1108;
  let v1413: f32 = v1410 - v1412;
  t1413[i] = v1413;
}
