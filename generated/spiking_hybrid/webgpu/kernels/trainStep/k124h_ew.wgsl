// kernel k124h_ew
@group(0) @binding(0) var<storage, read> p_layers_0_linear_wo_w: array<f32>;
@group(0) @binding(1) var<storage, read> t687: array<f32>;
@group(0) @binding(2) var<storage, read> t788: array<f32>;
@group(0) @binding(3) var<storage, read> t795: array<f32>;
@group(0) @binding(4) var<storage, read> t661: array<f32>;
@group(0) @binding(5) var<storage, read_write> t799: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k124h_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l5: f32 = p_layers_0_linear_wo_w[i];
  let l743: f32 = t687[0i];
  let v796: f32 = l5 * l743;
  let x788: f32 = t788[i];
  let x795: f32 = t795[i];
  let v797: f32 = x788 / x795;
  let l746: f32 = t661[0i];
  let v798: f32 = v797 * l746;
  let v799: f32 = v796 - v798;
  t799[i] = v799;
}
