// kernel k113h_ew
@group(0) @binding(0) var<storage, read> p_layers_1_attn_wv_w: array<f32>;
@group(0) @binding(1) var<storage, read> t609: array<f32>;
@group(0) @binding(2) var<storage, read> t871: array<f32>;
@group(0) @binding(3) var<storage, read> t878: array<f32>;
@group(0) @binding(4) var<storage, read> t583: array<f32>;
@group(0) @binding(5) var<storage, read_write> t882: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k113h_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l13: f32 = p_layers_1_attn_wv_w[i];
  let l691: f32 = t609[0i];
  let v879: f32 = l13 * l691;
  let x871: f32 = t871[i];
  let x878: f32 = t878[i];
  let v880: f32 = x871 / x878;
  let l694: f32 = t583[0i];
  let v881: f32 = v880 * l694;
  let v882: f32 = v879 - v881;
  t882[i] = v882;
}
