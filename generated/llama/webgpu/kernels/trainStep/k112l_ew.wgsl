// kernel k112l_ew
@group(0) @binding(0) var<storage, read> p_layers_1_attn_wk_w: array<f32>;
@group(0) @binding(1) var<storage, read> t607: array<f32>;
@group(0) @binding(2) var<storage, read> t843: array<f32>;
@group(0) @binding(3) var<storage, read> t850: array<f32>;
@group(0) @binding(4) var<storage, read> t581: array<f32>;
@group(0) @binding(5) var<storage, read_write> t854: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k112l_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l12: f32 = p_layers_1_attn_wk_w[i];
  let l663: f32 = t607[0i];
  let v851: f32 = l12 * l663;
  let x843: f32 = t843[i];
  let x850: f32 = t850[i];
  let v852: f32 = x843 / x850;
  let l666: f32 = t581[0i];
  let v853: f32 = v852 * l666;
  let v854: f32 = v851 - v853;
  t854[i] = v854;
}
