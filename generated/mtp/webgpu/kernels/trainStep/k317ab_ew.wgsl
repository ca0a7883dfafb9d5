// kernel k317ab_ew
@group(0) @binding(0) var<storage, read> p_mtp_blocks_2_mlp_w2_w: array<f32>;
@group(0) @binding(1) var<storage, read> t1608: array<f32>;
@group(0) @binding(2) var<storage, read> t2381: array<f32>;
@group(0) @binding(3) var<storage, read> t2388: array<f32>;
@group(0) @binding(4) var<storage, read> t1582: array<f32>;
@group(0) @binding(5) var<storage, read_write> t2392: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k317ab_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l44: f32 = p_mtp_blocks_2_mlp_w2_w[i];
  let l1783: f32 = t1608[0i];
  let v2389: f32 = l44 * l1783;
  let x2381: f32 = t2381[i];
  let x2388: f32 = t2388[i];
  let v2390: f32 = x2381 / x2388;
  let l1786: f32 = t1582[0i];
  let v2391: f32 = v2390 * l1786;
  let v2392: f32 = v2389 - v2391;
  t2392[i] = v2392;
}
