// kernel k112j_ew
@group(0) @binding(0) var<storage, read> p_layers_1_attn_wq_w: array<f32>;
@group(0) @binding(1) var<storage, read> t607: array<f32>;
@group(0) @binding(2) var<storage, read> t826: array<f32>;
@group(0) @binding(3) var<storage, read> t833: array<f32>;
@group(0) @binding(4) var<storage, read> t581: array<f32>;
@group(0) @binding(5) var<storage, read_write> t837: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k112j_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l11: f32 = p_layers_1_attn_wq_w[i];
  let l663: f32 = t607[0i];
  let v834: f32 = l11 * l663;
  let x826: f32 = t826[i];
  let x833: f32 = t833[i];
  let v835: f32 = x826 / x833;
  let l666: f32 = t581[0i];
  let v836: f32 = v835 * l666;
  let v837: f32 = v834 - v836;
  t837[i] = v837;
}
