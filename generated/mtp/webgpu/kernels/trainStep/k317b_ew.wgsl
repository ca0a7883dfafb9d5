// kernel k317b_ew
@group(0) @binding(0) var<storage, read> p_layers_0_mlp_w1_w: array<f32>;
@group(0) @binding(1) var<storage, read> t1608: array<f32>;
@group(0) @binding(2) var<storage, read> t1745: array<f32>;
@group(0) @binding(3) var<storage, read> t1756: array<f32>;
@group(0) @binding(4) var<storage, read> t1582: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1762: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k317b_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l7: f32 = p_layers_0_mlp_w1_w[i];
  let l1757: f32 = t1608[0i];
  let v1758: f32 = l7 * l1757;
  let x1745: f32 = t1745[i];
  let x1756: f32 = t1756[i];
  let v1759: f32 = x1745 / x1756;
  let l1760: f32 = t1582[0i];
  let v1761: f32 = v1759 * l1760;
  let v1762: f32 = v1758 - v1761;
  t1762[i] = v1762;
}
