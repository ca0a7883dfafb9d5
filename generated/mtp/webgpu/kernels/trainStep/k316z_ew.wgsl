// kernel k316z_ew
@group(0) @binding(0) var<storage, read> p_mtp_blocks_1_attn_wq_w: array<f32>;
@group(0) @binding(1) var<storage, read> t1608: array<f32>;
@group(0) @binding(2) var<storage, read> t2129: array<f32>;
@group(0) @binding(3) var<storage, read> t2136: array<f32>;
@group(0) @binding(4) var<storage, read> t1582: array<f32>;
@group(0) @binding(5) var<storage, read_write> t2140: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k316z_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l29: f32 = p_mtp_blocks_1_attn_wq_w[i];
  let l1664: f32 = t1608[0i];
  let v2137: f32 = l29 * l1664;
  let x2129: f32 = t2129[i];
  let x2136: f32 = t2136[i];
  let v2138: f32 = x2129 / x2136;
  let l1667: f32 = t1582[0i];
  let v2139: f32 = v2138 * l1667;
  let v2140: f32 = v2137 - v2139;
  t2140[i] = v2140;
}
