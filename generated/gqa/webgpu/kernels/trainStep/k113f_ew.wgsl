// kernel k113f_ew
@group(0) @binding(0) var<storage, read> p_layers_1_attn_wk_w: array<f32>;
@group(0) @binding(1) var<storage, read> t609: array<f32>;
@group(0) @binding(2) var<storage, read> t854: array<f32>;
@group(0) @binding(3) var<storage, read> t861: array<f32>;
@group(0) @binding(4) var<storage, read> t583: array<f32>;
@group(0) @binding(5) var<storage, read_write> t865: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k113f_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l12: f32 = p_layers_1_attn_wk_w[i];
  let l691: f32 = t609[0i];
  let v862: f32 = l12 * l691;
  let x854: f32 = t854[i];
  let x861: f32 = t861[i];
  let v863: f32 = x854 / x861;
  let l694: f32 = t583[0i];
  let v864: f32 = v863 * l694;
  let v865: f32 = v862 - v864;
  t865[i] = v865;
}
