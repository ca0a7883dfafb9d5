// kernel k316al_ew
@group(0) @binding(0) var<storage, read> p_mtp_blocks_2_attn_wv_w: array<f32>;
@group(0) @binding(1) var<storage, read> t1608: array<f32>;
@group(0) @binding(2) var<storage, read> t2314: array<f32>;
@group(0) @binding(3) var<storage, read> t2321: array<f32>;
@group(0) @binding(4) var<storage, read> t1582: array<f32>;
@group(0) @binding(5) var<storage, read_write> t2325: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k316al_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l40: f32 = p_mtp_blocks_2_attn_wv_w[i];
  let l1664: f32 = t1608[0i];
  let v2322: f32 = l40 * l1664;
  let x2314: f32 = t2314[i];
  let x2321: f32 = t2321[i];
  let v2323: f32 = x2314 / x2321;
  let l1667: f32 = t1582[0i];
  let v2324: f32 = v2323 * l1667;
  let v2325: f32 = v2322 - v2324;
  t2325[i] = v2325;
}
