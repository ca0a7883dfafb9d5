// kernel k124b_ew
@group(0) @binding(0) var<storage, read> p_layers_1_attn_wk_w: array<f32>;
@group(0) @binding(1) var<storage, read> t663: array<f32>;
@group(0) @binding(2) var<storage, read> t899: array<f32>;
@group(0) @binding(3) var<storage, read> t906: array<f32>;
@group(0) @binding(4) var<storage, read> t637: array<f32>;
@group(0) @binding(5) var<storage, read_write> t910: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k124b_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l12: f32 = p_layers_1_attn_wk_w[i];
  let l719: f32 = t663[0i];
  let v907: f32 = l12 * l719;
  let x899: f32 = t899[i];
  let x906: f32 = t906[i];
  let v908: f32 = x899 / x906;
  let l722: f32 = t637[0i];
  let v909: f32 = v908 * l722;
  let v910: f32 = v907 - v909;
  t910[i] = v910;
}
