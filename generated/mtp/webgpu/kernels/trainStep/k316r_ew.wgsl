// kernel k316r_ew
@group(0) @binding(0) var<storage, read> p_mtp_blocks_0_attn_wq_w: array<f32>;
@group(0) @binding(1) var<storage, read> t1608: array<f32>;
@group(0) @binding(2) var<storage, read> t1978: array<f32>;
@group(0) @binding(3) var<storage, read> t1985: array<f32>;
@group(0) @binding(4) var<storage, read> t1582: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1989: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k316r_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l20: f32 = p_mtp_blocks_0_attn_wq_w[i];
  let l1664: f32 = t1608[0i];
  let v1986: f32 = l20 * l1664;
  let x1978: f32 = t1978[i];
  let x1985: f32 = t1985[i];
  let v1987: f32 = x1978 / x1985;
  let l1667: f32 = t1582[0i];
  let v1988: f32 = v1987 * l1667;
  let v1989: f32 = v1986 - v1988;
  t1989[i] = v1989;
}
