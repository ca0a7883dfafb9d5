// kernel k157p_ew
@group(0) @binding(0) var<storage, read> p_blocks_1_attn_wv_w: array<f32>;
@group(0) @binding(1) var<storage, read> t843: array<f32>;
@group(0) @binding(2) var<storage, read> t1304: array<f32>;
@group(0) @binding(3) var<storage, read> t1311: array<f32>;
@group(0) @binding(4) var<storage, read> t817: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1315: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k157p_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l25: f32 = p_blocks_1_attn_wv_w[i];
  let l872: f32 = t843[0i];
  let v1312: f32 = l25 * l872;
  let x1304: f32 = t1304[i];
  let x1311: f32 = t1311[i];
  let v1313: f32 = x1304 / x1311;
  let l875: f32 = t817[0i];
  let v1314: f32 = v1313 * l875;
  let v1315: f32 = v1312 - v1314;
  t1315[i] = v1315;
}
