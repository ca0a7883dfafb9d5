// kernel k317r_ew
@group(0) @binding(0) var<storage, read> p_mtp_blocks_0_mlp_w3_w: array<f32>;
@group(0) @binding(1) var<storage, read> t1608: array<f32>;
@group(0) @binding(2) var<storage, read> t2096: array<f32>;
@group(0) @binding(3) var<storage, read> t2103: array<f32>;
@group(0) @binding(4) var<storage, read> t1582: array<f32>;
@group(0) @binding(5) var<storage, read_write> t2107: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k317r_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l27: f32 = p_mtp_blocks_0_mlp_w3_w[i];
  let l1757: f32 = t1608[0i];
  let v2104: f32 = l27 * l1757;
  let x2096: f32 = t2096[i];
  let x2103: f32 = t2103[i];
  let v2105: f32 = x2096 / x2103;
  let l1760: f32 = t1582[0i];
  let v2106: f32 = v2105 * l1760;
  let v2107: f32 = v2104 - v2106;
  t2107[i] = v2107;
}
