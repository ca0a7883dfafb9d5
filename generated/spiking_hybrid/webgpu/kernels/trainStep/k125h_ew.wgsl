// kernel k125h_ew
@group(0) @binding(0) var<storage, read> p_layers_0_ffn2_w1_w: array<f32>;
@group(0) @binding(1) var<storage, read> t687: array<f32>;
@group(0) @binding(2) var<storage, read> t999: array<f32>;
@group(0) @binding(3) var<storage, read> t1006: array<f32>;
@group(0) @binding(4) var<storage, read> t661: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1010: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k125h_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l16: f32 = p_layers_0_ffn2_w1_w[i];
  let l836: f32 = t687[0i];
  let v1007: f32 = l16 * l836;
  let x999: f32 = t999[i];
  let x1006: f32 = t1006[i];
  let v1008: f32 = x999 / x1006;
  let l839: f32 = t661[0i];
  let v1009: f32 = v1008 * l839;
  let v1010: f32 = v1007 - v1009;
  t1010[i] = v1010;
}
