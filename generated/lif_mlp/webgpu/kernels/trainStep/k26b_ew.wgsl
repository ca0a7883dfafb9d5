// kernel k26b_ew
@group(0) @binding(0) var<storage, read> p_first_fc_w: array<f32>;
@group(0) @binding(1) var<storage, read> t827: array<f32>;
@group(0) @binding(2) var<storage, read> t844: array<f32>;
@group(0) @binding(3) var<storage, read> t855: array<f32>;
@group(0) @binding(4) var<storage, read> t801: array<f32>;
@group(0) @binding(5) var<storage, read_write> t861: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k26b_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l1: f32 = p_first_fc_w[i];
  let l856: f32 = t827[0i];
  let v857: f32 = l1 * l856;
  let x844: f32 = t844[i];
  let x855: f32 = t855[i];
  let v858: f32 = x844 / x855;
  let l859: f32 = t801[0i];
  let v860: f32 = v858 * l859;
  let v861: f32 = v857 - v860;
  t861[i] = v861;
}
