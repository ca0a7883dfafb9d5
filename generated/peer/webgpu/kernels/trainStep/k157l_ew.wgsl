// kernel k157l_ew
@group(0) @binding(0) var<storage, read> p_blocks_1_attn_wq_w: array<f32>;
@group(0) @binding(1) var<storage, read> t843: array<f32>;
@group(0) @binding(2) var<storage, read> t1238: array<f32>;
@group(0) @binding(3) var<storage, read> t1245: array<f32>;
@group(0) @binding(4) var<storage, read> t817: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1249: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k157l_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l21: f32 = p_blocks_1_attn_wq_w[i];
  let l872: f32 = t843[0i];
  let v1246: f32 = l21 * l872;
  let x1238: f32 = t1238[i];
  let x1245: f32 = t1245[i];
  let v1247: f32 = x1238 / x1245;
  let l875: f32 = t817[0i];
  let v1248: f32 = v1247 * l875;
  let v1249: f32 = v1246 - v1248;
  t1249[i] = v1249;
}
