// kernel k124f_ew
@group(0) @binding(0) var<storage, read> p_layers_0_linear_wv_w: array<f32>;
@group(0) @binding(1) var<storage, read> t687: array<f32>;
@group(0) @binding(2) var<storage, read> t771: array<f32>;
@group(0) @binding(3) var<storage, read> t778: array<f32>;
@group(0) @binding(4) var<storage, read> t661: array<f32>;
@group(0) @binding(5) var<storage, read_write> t782: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k124f_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l4: f32 = p_layers_0_linear_wv_w[i];
  let l743: f32 = t687[0i];
  let v779: f32 = l4 * l743;
  let x771: f32 = t771[i];
  let x778: f32 = t778[i];
  let v780: f32 = x771 / x778;
  let l746: f32 = t661[0i];
  let v781: f32 = v780 * l746;
  let v782: f32 = v779 - v781;
  t782[i] = v782;
}
