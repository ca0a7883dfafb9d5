// kernel k125f_ew
@group(0) @binding(0) var<storage, read> p_layers_0_ffn1_w2_w: array<f32>;
@group(0) @binding(1) var<storage, read> t687: array<f32>;
@group(0) @binding(2) var<storage, read> t867: array<f32>;
@group(0) @binding(3) var<storage, read> t878: array<f32>;
@group(0) @binding(4) var<storage, read> t661: array<f32>;
@group(0) @binding(5) var<storage, read_write> t884: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k125f_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l9: f32 = p_layers_0_ffn1_w2_w[i];
  let l879: f32 = t687[0i];
  let v880: f32 = l9 * l879;
  let x867: f32 = t867[i];
  let x878: f32 = t878[i];
  let v881: f32 = x867 / x878;
  let l882: f32 = t661[0i];
  let v883: f32 = v881 * l882;
  let v884: f32 = v880 - v883;
  t884[i] = v884;
}
