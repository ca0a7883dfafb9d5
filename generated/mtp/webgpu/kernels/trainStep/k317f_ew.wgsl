// kernel k317f_ew
@group(0) @binding(0) var<storage, read> p_layers_0_mlp_w3_w: array<f32>;
@group(0) @binding(1) var<storage, read> t1608: array<f32>;
@group(0) @binding(2) var<storage, read> t1794: array<f32>;
@group(0) @binding(3) var<storage, read> t1801: array<f32>;
@group(0) @binding(4) var<storage, read> t1582: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1805: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k317f_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l9: f32 = p_layers_0_mlp_w3_w[i];
  let l1757: f32 = t1608[0i];
  let v1802: f32 = l9 * l1757;
  let x1794: f32 = t1794[i];
  let x1801: f32 = t1801[i];
  let v1803: f32 = x1794 / x1801;
  let l1760: f32 = t1582[0i];
  let v1804: f32 = v1803 * l1760;
  let v1805: f32 = v1802 - v1804;
  t1805[i] = v1805;
}
