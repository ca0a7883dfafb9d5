// kernel k124b_ew
@group(0) @binding(0) var<storage, read> p_layers_0_linear_wq_w: array<f32>;
@group(0) @binding(1) var<storage, read> t687: array<f32>;
@group(0) @binding(2) var<storage, read> t731: array<f32>;
@group(0) @binding(3) var<storage, read> t742: array<f32>;
@group(0) @binding(4) var<storage, read> t661: array<f32>;
@group(0) @binding(5) var<storage, read_write> t748: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k124b_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l2: f32 = p_layers_0_linear_wq_w[i];
  let l743: f32 = t687[0i];
  let v744: f32 = l2 * l743;
  let x731: f32 = t731[i];
  let x742: f32 = t742[i];
  let v745: f32 = x731 / x742;
  let l746: f32 = t661[0i];
  let v747: f32 = v745 * l746;
  let v748: f32 = v744 - v747;
  t748[i] = v748;
}
