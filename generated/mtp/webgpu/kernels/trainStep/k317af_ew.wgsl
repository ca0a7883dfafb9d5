// kernel k317af_ew
@group(0) @binding(0) var<storage, read> p_mtp_blocks_3_mlp_w1_w: array<f32>;
@group(0) @binding(1) var<storage, read> t1608: array<f32>;
@group(0) @binding(2) var<storage, read> t2515: array<f32>;
@group(0) @binding(3) var<storage, read> t2522: array<f32>;
@group(0) @binding(4) var<storage, read> t1582: array<f32>;
@group(0) @binding(5) var<storage, read_write> t2526: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k317af_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l52: f32 = p_mtp_blocks_3_mlp_w1_w[i];
  let l1757: f32 = t1608[0i];
  let v2523: f32 = l52 * l1757;
  let x2515: f32 = t2515[i];
  let x2522: f32 = t2522[i];
  let v2524: f32 = x2515 / x2522;
  let l1760: f32 = t1582[0i];
  let v2525: f32 = v2524 * l1760;
  let v2526: f32 = v2523 - v2525;
  t2526[i] = v2526;
}
