// kernel k157d_ew
@group(0) @binding(0) var<storage, read> p_blocks_0_attn_wq_w: array<f32>;
@group(0) @binding(1) var<storage, read> t843: array<f32>;
@group(0) @binding(2) var<storage, read> t926: array<f32>;
@group(0) @binding(3) var<storage, read> t933: array<f32>;
@group(0) @binding(4) var<storage, read> t817: array<f32>;
@group(0) @binding(5) var<storage, read_write> t937: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k157d_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l4: f32 = p_blocks_0_attn_wq_w[i];
  let l872: f32 = t843[0i];
  let v934: f32 = l4 * l872;
  let x926: f32 = t926[i];
  let x933: f32 = t933[i];
  let v935: f32 = x926 / x933;
  let l875: f32 = t817[0i];
  let v936: f32 = v935 * l875;
  let v937: f32 = v934 - v936;
  t937[i] = v937;
}
