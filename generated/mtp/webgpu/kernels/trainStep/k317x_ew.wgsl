// kernel k317x_ew
@group(0) @binding(0) var<storage, read> p_mtp_blocks_1_mlp_w3_w: array<f32>;
@group(0) @binding(1) var<storage, read> t1608: array<f32>;
@group(0) @binding(2) var<storage, read> t2247: array<f32>;
@group(0) @binding(3) var<storage, read> t2254: array<f32>;
@group(0) @binding(4) var<storage, read> t1582: array<f32>;
@group(0) @binding(5) var<storage, read_write> t2258: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k317x_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l36: f32 = p_mtp_blocks_1_mlp_w3_w[i];
  let l1757: f32 = t1608[0i];
  let v2255: f32 = l36 * l1757;
  let x2247: f32 = t2247[i];
  let x2254: f32 = t2254[i];
  let v2256: f32 = x2247 / x2254;
  let l1760: f32 = t1582[0i];
  let v2257: f32 = v2256 * l1760;
  let v2258: f32 = v2255 - v2257;
  t2258[i] = v2258;
}
