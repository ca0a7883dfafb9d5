// kernel k112f_ew
@group(0) @binding(0) var<storage, read> p_layers_1_attn_wq_w: array<f32>;
@group(0) @binding(1) var<storage, read> t609: array<f32>;
@group(0) @binding(2) var<storage, read> t837: array<f32>;
@group(0) @binding(3) var<storage, read> t844: array<f32>;
@group(0) @binding(4) var<storage, read> t583: array<f32>;
@group(0) @binding(5) var<storage, read_write> t848: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k112f_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l11: f32 = p_layers_1_attn_wq_w[i];
  let l665: f32 = t609[0i];
  let v845: f32 = l11 * l665;
  let x837: f32 = t837[i];
  let x844: f32 = t844[i];
  let v846: f32 = x837 / x844;
  let l668: f32 = t583[0i];
  let v847: f32 = v846 * l668;
  let v848: f32 = v845 - v847;
  t848[i] = v848;
}
