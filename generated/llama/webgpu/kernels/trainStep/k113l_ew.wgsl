// kernel k113l_ew
@group(0) @binding(0) var<storage, read> p_layers_1_mlp_w3_w: array<f32>;
@group(0) @binding(1) var<storage, read> t617: array<f32>;
@group(0) @binding(2) var<storage, read> t954: array<f32>;
@group(0) @binding(3) var<storage, read> t961: array<f32>;
@group(0) @binding(4) var<storage, read> t591: array<f32>;
@group(0) @binding(5) var<storage, read_write> t965: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k113l_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l18: f32 = p_layers_1_mlp_w3_w[i];
  let l766: f32 = t617[0i];
  let v962: f32 = l18 * l766;
  let x954: f32 = t954[i];
  let x961: f32 = t961[i];
  let v963: f32 = x954 / x961;
  let l769: f32 = t591[0i];
  let v964: f32 = v963 * l769;
  let v965: f32 = v962 - v964;
  t965[i] = v965;
}
