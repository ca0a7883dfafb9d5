// kernel k317d_ew
@group(0) @binding(0) var<storage, read> p_layers_0_mlp_w2_w: array<f32>;
@group(0) @binding(1) var<storage, read> t1608: array<f32>;
@group(0) @binding(2) var<storage, read> t1771: array<f32>;
@group(0) @binding(3) var<storage, read> t1782: array<f32>;
@group(0) @binding(4) var<storage, read> t1582: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1788: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k317d_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l8: f32 = p_layers_0_mlp_w2_w[i];
  let l1783: f32 = t1608[0i];
  let v1784: f32 = l8 * l1783;
  let x1771: f32 = t1771[i];
  let x1782: f32 = t1782[i];
  let v1785: f32 = x1771 / x1782;
  let l1786: f32 = t1582[0i];
  let v1787: f32 = v1785 * l1786;
  let v1788: f32 = v1784 - v1787;
  t1788[i] = v1788;
}
