// kernel k317ad_ew
@group(0) @binding(0) var<storage, read> p_mtp_blocks_2_mlp_w3_w: array<f32>;
@group(0) @binding(1) var<storage, read> t1608: array<f32>;
@group(0) @binding(2) var<storage, read> t2398: array<f32>;
@group(0) @binding(3) var<storage, read> t2405: array<f32>;
@group(0) @binding(4) var<storage, read> t1582: array<f32>;
@group(0) @binding(5) var<storage, read_write> t2409: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k317ad_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l45: f32 = p_mtp_blocks_2_mlp_w3_w[i];
  let l1757: f32 = t1608[0i];
  let v2406: f32 = l45 * l1757;
  let x2398: f32 = t2398[i];
  let x2405: f32 = t2405[i];
  let v2407: f32 = x2398 / x2405;
  let l1760: f32 = t1582[0i];
  let v2408: f32 = v2407 * l1760;
  let v2409: f32 = v2406 - v2408;
  t2409[i] = v2409;
}
