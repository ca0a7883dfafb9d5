// kernel k113d_ew
@group(0) @binding(0) var<storage, read> p_layers_0_attn_wv_w: array<f32>;
@group(0) @binding(1) var<storage, read> t619: array<f32>;
@group(0) @binding(2) var<storage, read> t712: array<f32>;
@group(0) @binding(3) var<storage, read> t719: array<f32>;
@group(0) @binding(4) var<storage, read> t593: array<f32>;
@group(0) @binding(5) var<storage, read_write> t723: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k113d_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l4: f32 = p_layers_0_attn_wv_w[i];
  let l701: f32 = t619[0i];
  let v720: f32 = l4 * l701;
  let x712: f32 = t712[i];
  let x719: f32 = t719[i];
  let v721: f32 = x712 / x719;
  let l704: f32 = t593[0i];
  let v722: f32 = v721 * l704;
  let v723: f32 = v720 - v722;
  t723[i] = v723;
}
