// kernel k126b_ew
@group(0) @binding(0) var<storage, read> p_layers_0_local_wk_w: array<f32>;
@group(0) @binding(1) var<storage, read> t687: array<f32>;
@group(0) @binding(2) var<storage, read> t926: array<f32>;
@group(0) @binding(3) var<storage, read> t937: array<f32>;
@group(0) @binding(4) var<storage, read> t661: array<f32>;
@group(0) @binding(5) var<storage, read_write> t943: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k126b_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l12: f32 = p_layers_0_local_wk_w[i];
  let l938: f32 = t687[0i];
  let v939: f32 = l12 * l938;
  let x926: f32 = t926[i];
  let x937: f32 = t937[i];
  let v940: f32 = x926 / x937;
  let l941: f32 = t661[0i];
  let v942: f32 = v940 * l941;
  let v943: f32 = v939 - v942;
  t943[i] = v943;
}
