// kernel k113d_ew
@group(0) @binding(0) var<storage, read> p_layers_0_attn_wv_w: array<f32>;
@group(0) @binding(1) var<storage, read> t609: array<f32>;
@group(0) @binding(2) var<storage, read> t702: array<f32>;
@group(0) @binding(3) var<storage, read> t709: array<f32>;
@group(0) @binding(4) var<storage, read> t583: array<f32>;
@group(0) @binding(5) var<storage, read_write> t713: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k113d_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l4: f32 = p_layers_0_attn_wv_w[i];
  let l691: f32 = t609[0i];
  let v710: f32 = l4 * l691;
  let x702: f32 = t702[i];
  let x709: f32 = t709[i];
  let v711: f32 = x702 / x709;
  let l694: f32 = t583[0i];
  let v712: f32 = v711 * l694;
  let v713: f32 = v710 - v712;
  t713[i] = v713;
}
