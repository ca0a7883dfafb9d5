// kernel k114f_ew
@group(0) @binding(0) var<storage, read> p_layers_0_mlp_w3_w: array<f32>;
@group(0) @binding(1) var<storage, read> t609: array<f32>;
@group(0) @binding(2) var<storage, read> t804: array<f32>;
@group(0) @binding(3) var<storage, read> t811: array<f32>;
@group(0) @binding(4) var<storage, read> t583: array<f32>;
@group(0) @binding(5) var<storage, read_write> t815: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k114f_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l9: f32 = p_layers_0_mlp_w3_w[i];
  let l767: f32 = t609[0i];
  let v812: f32 = l9 * l767;
  let x804: f32 = t804[i];
  let x811: f32 = t811[i];
  let v813: f32 = x804 / x811;
  let l770: f32 = t583[0i];
  let v814: f32 = v813 * l770;
  let v815: f32 = v812 - v814;
  t815[i] = v815;
}
