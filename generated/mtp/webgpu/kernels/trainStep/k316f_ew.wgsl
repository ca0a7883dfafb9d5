// kernel k316f_ew
@group(0) @binding(0) var<storage, read> p_layers_0_attn_wv_w: array<f32>;
@group(0) @binding(1) var<storage, read> t1608: array<f32>;
@group(0) @binding(2) var<storage, read> t1692: array<f32>;
@group(0) @binding(3) var<storage, read> t1699: array<f32>;
@group(0) @binding(4) var<storage, read> t1582: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1703: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k316f_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l4: f32 = p_layers_0_attn_wv_w[i];
  let l1664: f32 = t1608[0i];
  let v1700: f32 = l4 * l1664;
  let x1692: f32 = t1692[i];
  let x1699: f32 = t1699[i];
  let v1701: f32 = x1692 / x1699;
  let l1667: f32 = t1582[0i];
  let v1702: f32 = v1701 * l1667;
  let v1703: f32 = v1700 - v1702;
  t1703[i] = v1703;
}
