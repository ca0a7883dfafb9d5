// kernel k157r_ew
@group(0) @binding(0) var<storage, read> p_blocks_1_attn_wo_w: array<f32>;
@group(0) @binding(1) var<storage, read> t843: array<f32>;
@group(0) @binding(2) var<storage, read> t1337: array<f32>;
@group(0) @binding(3) var<storage, read> t1344: array<f32>;
@group(0) @binding(4) var<storage, read> t817: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1348: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k157r_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l27: f32 = p_blocks_1_attn_wo_w[i];
  let l872: f32 = t843[0i];
  let v1345: f32 = l27 * l872;
  let x1337: f32 = t1337[i];
  let x1344: f32 = t1344[i];
  let v1346: f32 = x1337 / x1344;
  let l875: f32 = t817[0i];
  let v1347: f32 = v1346 * l875;
  let v1348: f32 = v1345 - v1347;
  t1348[i] = v1348;
}
