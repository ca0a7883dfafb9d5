// kernel k115f_ew
@group(0) @binding(0) var<storage, read> p_layers_0_mlp_w3_w: array<f32>;
@group(0) @binding(1) var<storage, read> t621: array<f32>;
@group(0) @binding(2) var<storage, read> t807: array<f32>;
@group(0) @binding(3) var<storage, read> t814: array<f32>;
@group(0) @binding(4) var<storage, read> t595: array<f32>;
@group(0) @binding(5) var<storage, read_write> t818: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k115f_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l9: f32 = p_layers_0_mlp_w3_w[i];
  let l770: f32 = t621[0i];
  let v815: f32 = l9 * l770;
  let x807: f32 = t807[i];
  let x814: f32 = t814[i];
  let v816: f32 = x807 / x814;
  let l773: f32 = t595[0i];
  let v817: f32 = v816 * l773;
  let v818: f32 = v815 - v817;
  t818[i] = v818;
}
