// kernel k125b_ew
@group(0) @binding(0) var<storage, read> p_layers_0_ffn1_w1_w: array<f32>;
@group(0) @binding(1) var<storage, read> t687: array<f32>;
@group(0) @binding(2) var<storage, read> t824: array<f32>;
@group(0) @binding(3) var<storage, read> t835: array<f32>;
@group(0) @binding(4) var<storage, read> t661: array<f32>;
@group(0) @binding(5) var<storage, read_write> t841: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k125b_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l7: f32 = p_layers_0_ffn1_w1_w[i];
  let l836: f32 = t687[0i];
  let v837: f32 = l7 * l836;
  let x824: f32 = t824[i];
  let x835: f32 = t835[i];
  let v838: f32 = x824 / x835;
  let l839: f32 = t661[0i];
  let v840: f32 = v838 * l839;
  let v841: f32 = v837 - v840;
  t841[i] = v841;
}
