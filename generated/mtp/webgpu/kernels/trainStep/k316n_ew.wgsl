// kernel k316n_ew
@group(0) @binding(0) var<storage, read> p_layers_1_attn_wv_w: array<f32>;
@group(0) @binding(1) var<storage, read> t1608: array<f32>;
@group(0) @binding(2) var<storage, read> t1861: array<f32>;
@group(0) @binding(3) var<storage, read> t1868: array<f32>;
@group(0) @binding(4) var<storage, read> t1582: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1872: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k316n_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l13: f32 = p_layers_1_attn_wv_w[i];
  let l1664: f32 = t1608[0i];
  let v1869: f32 = l13 * l1664;
  let x1861: f32 = t1861[i];
  let x1868: f32 = t1868[i];
  let v1870: f32 = x1861 / x1868;
  let l1667: f32 = t1582[0i];
  let v1871: f32 = v1870 * l1667;
  let v1872: f32 = v1869 - v1871;
  t1872[i] = v1872;
}
