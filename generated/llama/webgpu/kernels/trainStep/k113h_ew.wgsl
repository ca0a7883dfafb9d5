// kernel k113h_ew
@group(0) @binding(0) var<storage, read> p_layers_1_mlp_w1_w: array<f32>;
@group(0) @binding(1) var<storage, read> t607: array<f32>;
@group(0) @binding(2) var<storage, read> t910: array<f32>;
@group(0) @binding(3) var<storage, read> t917: array<f32>;
@group(0) @binding(4) var<storage, read> t581: array<f32>;
@group(0) @binding(5) var<storage, read_write> t921: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k113h_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l16: f32 = p_layers_1_mlp_w1_w[i];
  let l756: f32 = t607[0i];
  let v918: f32 = l16 * l756;
  let x910: f32 = t910[i];
  let x917: f32 = t917[i];
  let v919: f32 = x910 / x917;
  let l759: f32 = t581[0i];
  let v920: f32 = v919 * l759;
  let v921: f32 = v918 - v920;
  t921[i] = v921;
}
