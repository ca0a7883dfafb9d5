// kernel k125j_ew
@group(0) @binding(0) var<storage, read> p_layers_0_ffn2_w3_w: array<f32>;
@group(0) @binding(1) var<storage, read> t687: array<f32>;
@group(0) @binding(2) var<storage, read> t1016: array<f32>;
@group(0) @binding(3) var<storage, read> t1023: array<f32>;
@group(0) @binding(4) var<storage, read> t661: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1027: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k125j_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l17: f32 = p_layers_0_ffn2_w3_w[i];
  let l836: f32 = t687[0i];
  let v1024: f32 = l17 * l836;
  let x1016: f32 = t1016[i];
  let x1023: f32 = t1023[i];
  let v1025: f32 = x1016 / x1023;
  let l839: f32 = t661[0i];
  let v1026: f32 = v1025 * l839;
  let v1027: f32 = v1024 - v1026;
  t1027[i] = v1027;
}
