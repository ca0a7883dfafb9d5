// kernel k316v_ew
@group(0) @binding(0) var<storage, read> p_mtp_blocks_0_attn_wv_w: array<f32>;
@group(0) @binding(1) var<storage, read> t1608: array<f32>;
@group(0) @binding(2) var<storage, read> t2012: array<f32>;
@group(0) @binding(3) var<storage, read> t2019: array<f32>;
@group(0) @binding(4) var<storage, read> t1582: array<f32>;
@group(0) @binding(5) var<storage, read_write> t2023: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k316v_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l22: f32 = p_mtp_blocks_0_attn_wv_w[i];
  let l1664: f32 = t1608[0i];
  let v2020: f32 = l22 * l1664;
  let x2012: f32 = t2012[i];
  let x2019: f32 = t2019[i];
  let v2021: f32 = x2012 / x2019;
  let l1667: f32 = t1582[0i];
  let v2022: f32 = v2021 * l1667;
  let v2023: f32 = v2020 - v2022;
  t2023[i] = v2023;
}
