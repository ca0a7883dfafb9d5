// kernel k115b_ew
@group(0) @binding(0) var<storage, read> p_layers_0_attn_wk_w: array<f32>;
@group(0) @binding(1) var<storage, read> t663: array<f32>;
@group(0) @binding(2) var<storage, read> t730: array<f32>;
@group(0) @binding(3) var<storage, read> t737: array<f32>;
@group(0) @binding(4) var<storage, read> t637: array<f32>;
@group(0) @binding(5) var<storage, read_write> t741: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k115b_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l3: f32 = p_layers_0_attn_wk_w[i];
  let l719: f32 = t663[0i];
  let v738: f32 = l3 * l719;
  let x730: f32 = t730[i];
  let x737: f32 = t737[i];
  let v739: f32 = x730 / x737;
  let l722: f32 = t637[0i];
  let v740: f32 = v739 * l722;
  let v741: f32 = v738 - v740;
  t741[i] = v741;
}
