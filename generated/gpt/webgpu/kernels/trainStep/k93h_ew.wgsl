// kernel k93h_ew
@group(0) @binding(0) var<storage, read> p_blocks_0_attn_wv_w: array<f32>;
@group(0) @binding(1) var<storage, read> t671: array<f32>;
@group(0) @binding(2) var<storage, read> t820: array<f32>;
@group(0) @binding(3) var<storage, read> t827: array<f32>;
@group(0) @binding(4) var<storage, read> t645: array<f32>;
@group(0) @binding(5) var<storage, read_write> t831: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k93h_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l8: f32 = p_blocks_0_attn_wv_w[i];
  let l700: f32 = t671[0i];
  let v828: f32 = l8 * l700;
  let x820: f32 = t820[i];
  let x827: f32 = t827[i];
  let v829: f32 = x820 / x827;
  let l703: f32 = t645[0i];
  let v830: f32 = v829 * l703;
  let v831: f32 = v828 - v830;
  t831[i] = v831;
}
