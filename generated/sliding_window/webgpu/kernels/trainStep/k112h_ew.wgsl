// kernel k112h_ew
@group(0) @binding(0) var<storage, read> p_layers_1_attn_wo_w: array<f32>;
@group(0) @binding(1) var<storage, read> t609: array<f32>;
@group(0) @binding(2) var<storage, read> t888: array<f32>;
@group(0) @binding(3) var<storage, read> t895: array<f32>;
@group(0) @binding(4) var<storage, read> t583: array<f32>;
@group(0) @binding(5) var<storage, read_write> t899: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k112h_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l14: f32 = p_layers_1_attn_wo_w[i];
  let l665: f32 = t609[0i];
  let v896: f32 = l14 * l665;
  let x888: f32 = t888[i];
  let x895: f32 = t895[i];
  let v897: f32 = x888 / x895;
  let l668: f32 = t583[0i];
  let v898: f32 = v897 * l668;
  let v899: f32 = v896 - v898;
  t899[i] = v899;
}
