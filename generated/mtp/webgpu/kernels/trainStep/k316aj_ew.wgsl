// kernel k316aj_ew
@group(0) @binding(0) var<storage, read> p_mtp_blocks_2_attn_wk_w: array<f32>;
@group(0) @binding(1) var<storage, read> t1608: array<f32>;
@group(0) @binding(2) var<storage, read> t2297: array<f32>;
@group(0) @binding(3) var<storage, read> t2304: array<f32>;
@group(0) @binding(4) var<storage, read> t1582: array<f32>;
@group(0) @binding(5) var<storage, read_write> t2308: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k316aj_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l39: f32 = p_mtp_blocks_2_attn_wk_w[i];
  let l1664: f32 = t1608[0i];
  let v2305: f32 = l39 * l1664;
  let x2297: f32 = t2297[i];
  let x2304: f32 = t2304[i];
  let v2306: f32 = x2297 / x2304;
  let l1667: f32 = t1582[0i];
  let v2307: f32 = v2306 * l1667;
  let v2308: f32 = v2305 - v2307;
  t2308[i] = v2308;
}
