// kernel k113d_ew
@group(0) @binding(0) var<storage, read> p_layers_0_mlp_w2_w: array<f32>;
@group(0) @binding(1) var<storage, read> t617: array<f32>;
@group(0) @binding(2) var<storage, read> t780: array<f32>;
@group(0) @binding(3) var<storage, read> t791: array<f32>;
@group(0) @binding(4) var<storage, read> t591: array<f32>;
@group(0) @binding(5) var<storage, read_write> t797: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k113d_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l8: f32 = p_layers_0_mlp_w2_w[i];
  let l792: f32 = t617[0i];
  let v793: f32 = l8 * l792;
  let x780: f32 = t780[i];
  let x791: f32 = t791[i];
  let v794: f32 = x780 / x791;
  let l795: f32 = t591[0i];
  let v796: f32 = v794 * l795;
  let v797: f32 = v793 - v796;
  t797[i] = v797;
}
