// kernel k112d_ew
@group(0) @binding(0) var<storage, read> p_layers_0_attn_wo_w: array<f32>;
@group(0) @binding(1) var<storage, read> t609: array<f32>;
@group(0) @binding(2) var<storage, read> t719: array<f32>;
@group(0) @binding(3) var<storage, read> t726: array<f32>;
@group(0) @binding(4) var<storage, read> t583: array<f32>;
@group(0) @binding(5) var<storage, read_write> t730: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k112d_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l5: f32 = p_layers_0_attn_wo_w[i];
  let l665: f32 = t609[0i];
  let v727: f32 = l5 * l665;
  let x719: f32 = t719[i];
  let x726: f32 = t726[i];
  let v728: f32 = x719 / x726;
  let l668: f32 = t583[0i];
  let v729: f32 = v728 * l668;
  let v730: f32 = v727 - v729;
  t730[i] = v730;
}
