// kernel k113h_ew
@group(0) @binding(0) var<storage, read> p_layers_1_attn_wv_w: array<f32>;
@group(0) @binding(1) var<storage, read> t619: array<f32>;
@group(0) @binding(2) var<storage, read> t881: array<f32>;
@group(0) @binding(3) var<storage, read> t888: array<f32>;
@group(0) @binding(4) var<storage, read> t593: array<f32>;
@group(0) @binding(5) var<storage, read_write> t892: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k113h_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l13: f32 = p_layers_1_attn_wv_w[i];
  let l701: f32 = t619[0i];
  let v889: f32 = l13 * l701;
  let x881: f32 = t881[i];
  let x888: f32 = t888[i];
  let v890: f32 = x881 / x888;
  let l704: f32 = t593[0i];
  let v891: f32 = v890 * l704;
  let v892: f32 = v889 - v891;
  t892[i] = v892;
}
