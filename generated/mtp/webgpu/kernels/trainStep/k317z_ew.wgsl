// kernel k317z_ew
@group(0) @binding(0) var<storage, read> p_mtp_blocks_2_mlp_w1_w: array<f32>;
@group(0) @binding(1) var<storage, read> t1608: array<f32>;
@group(0) @binding(2) var<storage, read> t2364: array<f32>;
@group(0) @binding(3) var<storage, read> t2371: array<f32>;
@group(0) @binding(4) var<storage, read> t1582: array<f32>;
@group(0) @binding(5) var<storage, read_write> t2375: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k317z_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l43: f32 = p_mtp_blocks_2_mlp_w1_w[i];
  let l1757: f32 = t1608[0i];
  let v2372: f32 = l43 * l1757;
  let x2364: f32 = t2364[i];
  let x2371: f32 = t2371[i];
  let v2373: f32 = x2364 / x2371;
  let l1760: f32 = t1582[0i];
  let v2374: f32 = v2373 * l1760;
  let v2375: f32 = v2372 - v2374;
  t2375[i] = v2375;
}
