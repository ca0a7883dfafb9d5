// kernel k124d_ew
@group(0) @binding(0) var<storage, read> p_layers_0_linear_wk_w: array<f32>;
@group(0) @binding(1) var<storage, read> t687: array<f32>;
@group(0) @binding(2) var<storage, read> t754: array<f32>;
@group(0) @binding(3) var<storage, read> t761: array<f32>;
@group(0) @binding(4) var<storage, read> t661: array<f32>;
@group(0) @binding(5) var<storage, read_write> t765: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k124d_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l3: f32 = p_layers_0_linear_wk_w[i];
  let l743: f32 = t687[0i];
  let v762: f32 = l3 * l743;
  let x754: f32 = t754[i];
  let x761: f32 = t761[i];
  let v763: f32 = x754 / x761;
  let l746: f32 = t661[0i];
  let v764: f32 = v763 * l746;
  let v765: f32 = v762 - v764;
  t765[i] = v765;
}
