// kernel k112d_ew
@group(0) @binding(0) var<storage, read> p_layers_0_attn_wo_w: array<f32>;
@group(0) @binding(1) var<storage, read> t619: array<f32>;
@group(0) @binding(2) var<storage, read> t729: array<f32>;
@group(0) @binding(3) var<storage, read> t736: array<f32>;
@group(0) @binding(4) var<storage, read> t593: array<f32>;
@group(0) @binding(5) var<storage, read_write> t740: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k112d_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l5: f32 = p_layers_0_attn_wo_w[i];
  let l675: f32 = t619[0i];
  let v737: f32 = l5 * l675;
  let x729: f32 = t729[i];
  let x736: f32 = t736[i];
  let v738: f32 = x729 / x736;
  let l678: f32 = t593[0i];
  let v739: f32 = v738 * l678;
  let v740: f32 = v737 - v739;
  t740[i] = v740;
}
