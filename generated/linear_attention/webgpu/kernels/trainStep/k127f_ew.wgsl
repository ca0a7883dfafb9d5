// kernel k127f_ew
@group(0) @binding(0) var<storage, read> p_blocks_0_attn_wk_w: array<f32>;
@group(0) @binding(1) var<storage, read> t771: array<f32>;
@group(0) @binding(2) var<storage, read> t871: array<f32>;
@group(0) @binding(3) var<storage, read> t878: array<f32>;
@group(0) @binding(4) var<storage, read> t745: array<f32>;
@group(0) @binding(5) var<storage, read_write> t882: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k127f_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l5: f32 = p_blocks_0_attn_wk_w[i];
  let l800: f32 = t771[0i];
  let v879: f32 = l5 * l800;
  let x871: f32 = t871[i];
  let x878: f32 = t878[i];
  let v880: f32 = x871 / x878;
  let l803: f32 = t745[0i];
  let v881: f32 = v880 * l803;
  let v882: f32 = v879 - v881;
  t882[i] = v882;
}
