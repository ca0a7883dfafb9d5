// kernel k316x_ew
@group(0) @binding(0) var<storage, read> p_mtp_blocks_0_attn_wo_w: array<f32>;
@group(0) @binding(1) var<storage, read> t1608: array<f32>;
@group(0) @binding(2) var<storage, read> t2029: array<f32>;
@group(0) @binding(3) var<storage, read> t2036: array<f32>;
@group(0) @binding(4) var<storage, read> t1582: array<f32>;
@group(0) @binding(5) var<storage, read_write> t2040: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k316x_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l23: f32 = p_mtp_blocks_0_attn_wo_w[i];
  let l1664: f32 = t1608[0i];
  let v2037: f32 = l23 * l1664;
  let x2029: f32 = t2029[i];
  let x2036: f32 = t2036[i];
  let v2038: f32 = x2029 / x2036;
  let l1667: f32 = t1582[0i];
  let v2039: f32 = v2038 * l1667;
  let v2040: f32 = v2037 - v2039;
  t2040[i] = v2040;
}
