// kernel k115f_ew
@group(0) @binding(0) var<storage, read> p_layers_1_attn_wk_w: array<f32>;
@group(0) @binding(1) var<storage, read> t623: array<f32>;
@group(0) @binding(2) var<storage, read> t868: array<f32>;
@group(0) @binding(3) var<storage, read> t875: array<f32>;
@group(0) @binding(4) var<storage, read> t597: array<f32>;
@group(0) @binding(5) var<storage, read_write> t879: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k115f_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l12: f32 = p_layers_1_attn_wk_w[i];
  let l705: f32 = t623[0i];
  let v876: f32 = l12 * l705;
  let x868: f32 = t868[i];
  let x875: f32 = t875[i];
  let v877: f32 = x868 / x875;
  let l708: f32 = t597[0i];
  let v878: f32 = v877 * l708;
  let v879: f32 = v876 - v878;
  t879[i] = v879;
}
