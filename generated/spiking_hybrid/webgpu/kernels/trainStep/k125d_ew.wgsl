// kernel k125d_ew
@group(0) @binding(0) var<storage, read> p_layers_0_ffn1_w3_w: array<f32>;
@group(0) @binding(1) var<storage, read> t687: array<f32>;
@group(0) @binding(2) var<storage, read> t847: array<f32>;
@group(0) @binding(3) var<storage, read> t854: array<f32>;
@group(0) @binding(4) var<storage, read> t661: array<f32>;
@group(0) @binding(5) var<storage, read_write> t858: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k125d_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l8: f32 = p_layers_0_ffn1_w3_w[i];
  let l836: f32 = t687[0i];
  let v855: f32 = l8 * l836;
  let x847: f32 = t847[i];
  let x854: f32 = t854[i];
  let v856: f32 = x847 / x854;
  let l839: f32 = t661[0i];
  let v857: f32 = v856 * l839;
  let v858: f32 = v855 - v857;
  t858[i] = v858;
}
