// kernel k112l_ew
@group(0) @binding(0) var<storage, read> p_layers_1_attn_wk_w: array<f32>;
@group(0) @binding(1) var<storage, read> t617: array<f32>;
@group(0) @binding(2) var<storage, read> t853: array<f32>;
@group(0) @binding(3) var<storage, read> t860: array<f32>;
@group(0) @binding(4) var<storage, read> t591: array<f32>;
@group(0) @binding(5) var<storage, read_write> t864: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k112l_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l12: f32 = p_layers_1_attn_wk_w[i];
  let l673: f32 = t617[0i];
  let v861: f32 = l12 * l673;
  let x853: f32 = t853[i];
  let x860: f32 = t860[i];
  let v862: f32 = x853 / x860;
  let l676: f32 = t591[0i];
  let v863: f32 = v862 * l676;
  let v864: f32 = v861 - v863;
  t864[i] = v864;
}
