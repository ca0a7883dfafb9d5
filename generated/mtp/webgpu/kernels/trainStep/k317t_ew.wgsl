// kernel k317t_ew
@group(0) @binding(0) var<storage, read> p_mtp_blocks_1_mlp_w1_w: array<f32>;
@group(0) @binding(1) var<storage, read> t1608: array<f32>;
@group(0) @binding(2) var<storage, read> t2213: array<f32>;
@group(0) @binding(3) var<storage, read> t2220: array<f32>;
@group(0) @binding(4) var<storage, read> t1582: array<f32>;
@group(0) @binding(5) var<storage, read_write> t2224: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k317t_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l34: f32 = p_mtp_blocks_1_mlp_w1_w[i];
  let l1757: f32 = t1608[0i];
  let v2221: f32 = l34 * l1757;
  let x2213: f32 = t2213[i];
  let x2220: f32 = t2220[i];
  let v2222: f32 = x2213 / x2220;
  let l1760: f32 = t1582[0i];
  let v2223: f32 = v2222 * l1760;
  let v2224: f32 = v2221 - v2223;
  t2224[i] = v2224;
}
