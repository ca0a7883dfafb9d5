// kernel k116b_ew
@group(0) @binding(0) var<storage, read> p_layers_0_mlp_w1_w: array<f32>;
@group(0) @binding(1) var<storage, read> t623: array<f32>;
@group(0) @binding(2) var<storage, read> t769: array<f32>;
@group(0) @binding(3) var<storage, read> t780: array<f32>;
@group(0) @binding(4) var<storage, read> t597: array<f32>;
@group(0) @binding(5) var<storage, read_write> t786: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k116b_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l7: f32 = p_layers_0_mlp_w1_w[i];
  let l781: f32 = t623[0i];
  let v782: f32 = l7 * l781;
  let x769: f32 = t769[i];
  let x780: f32 = t780[i];
  let v783: f32 = x769 / x780;
  let l784: f32 = t597[0i];
  let v785: f32 = v783 * l784;
  let v786: f32 = v782 - v785;
  t786[i] = v786;
}
