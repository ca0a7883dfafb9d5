// kernel k156b_ew
@group(0) @binding(0) var<storage, read> p_wte_w: array<f32>;
@group(0) @binding(1) var<storage, read> t843: array<f32>;
@group(0) @binding(2) var<storage, read> t828: array<f32>;
@group(0) @binding(3) var<storage, read> t840: array<f32>;
@group(0) @binding(4) var<storage, read> t817: array<f32>;
@group(0) @binding(5) var<storage, read_write> t851: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k156b_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l0: f32 = p_wte_w[i];
  let l845: f32 = t843[0i];
  let v846: f32 = l0 * l845;
  let x828: f32 = t828[i];
  let x840: f32 = t840[i];
  let v847: f32 = x828 / x840;
  let l849: f32 = t817[0i];
  let v850: f32 = v847 * l849;
  let v851: f32 = v846 - v850;
  t851[i] = v851;
}
