// kernel k317n_ew
@group(0) @binding(0) var<storage, read> p_mtp_blocks_0_mlp_w1_w: array<f32>;
@group(0) @binding(1) var<storage, read> t1608: array<f32>;
@group(0) @binding(2) var<storage, read> t2062: array<f32>;
@group(0) @binding(3) var<storage, read> t2069: array<f32>;
@group(0) @binding(4) var<storage, read> t1582: array<f32>;
@group(0) @binding(5) var<storage, read_write> t2073: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k317n_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l25: f32 = p_mtp_blocks_0_mlp_w1_w[i];
  let l1757: f32 = t1608[0i];
  let v2070: f32 = l25 * l1757;
  let x2062: f32 = t2062[i];
  let x2069: f32 = t2069[i];
  let v2071: f32 = x2062 / x2069;
  let l1760: f32 = t1582[0i];
  let v2072: f32 = v2071 * l1760;
  let v2073: f32 = v2070 - v2072;
  t2073[i] = v2073;
}
