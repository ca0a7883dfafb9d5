// kernel k316an_ew
@group(0) @binding(0) var<storage, read> p_mtp_blocks_2_attn_wo_w: array<f32>;
@group(0) @binding(1) var<storage, read> t1608: array<f32>;
@group(0) @binding(2) var<storage, read> t2331: array<f32>;
@group(0) @binding(3) var<storage, read> t2338: array<f32>;
@group(0) @binding(4) var<storage, read> t1582: array<f32>;
@group(0) @binding(5) var<storage, read_write> t2342: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k316an_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l41: f32 = p_mtp_blocks_2_attn_wo_w[i];
  let l1664: f32 = t1608[0i];
  let v2339: f32 = l41 * l1664;
  let x2331: f32 = t2331[i];
  let x2338: f32 = t2338[i];
  let v2340: f32 = x2331 / x2338;
  let l1667: f32 = t1582[0i];
  let v2341: f32 = v2340 * l1667;
  let v2342: f32 = v2339 - v2341;
  t2342[i] = v2342;
}
