// kernel k90b_ew
@group(0) @binding(0) var<storage, read> p_layers_0_mixer_out_proj_w: array<f32>;
@group(0) @binding(1) var<storage, read> t597: array<f32>;
@group(0) @binding(2) var<storage, read> t827: array<f32>;
@group(0) @binding(3) var<storage, read> t838: array<f32>;
@group(0) @binding(4) var<storage, read> t571: array<f32>;
@group(0) @binding(5) var<storage, read_write> t844: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k90b_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l10: f32 = p_layers_0_mixer_out_proj_w[i];
  let l839: f32 = t597[0i];
  let v840: f32 = l10 * l839;
  let x827: f32 = t827[i];
  let x838: f32 = t838[i];
  let v841: f32 = x827 / x838;
  let l842: f32 = t571[0i];
  let v843: f32 = v841 * l842;
  let v844: f32 = v840 - v843;
  t844[i] = v844;
}
