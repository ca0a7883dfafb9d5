// kernel k119b_ew
@group(0) @binding(0) var<storage, read> p_layers_0_mlp_w1_w: array<f32>;
@group(0) @binding(1) var<storage, read> t663: array<f32>;
@group(0) @binding(2) var<storage, read> t800: array<f32>;
@group(0) @binding(3) var<storage, read> t811: array<f32>;
@group(0) @binding(4) var<storage, read> t637: array<f32>;
@group(0) @binding(5) var<storage, read_write> t817: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k119b_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l7: f32 = p_layers_0_mlp_w1_w[i];
  let l812: f32 = t663[0i];
  let v813: f32 = l7 * l812;
  let x800: f32 = t800[i];
  let x811: f32 = t811[i];
  let v814: f32 = x800 / x811;
  let l815: f32 = t637[0i];
  let v816: f32 = v814 * l815;
  let v817: f32 = v813 - v816;
  t817[i] = v817;
}
