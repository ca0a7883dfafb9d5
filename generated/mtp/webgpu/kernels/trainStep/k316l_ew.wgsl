// kernel k316l_ew
@group(0) @binding(0) var<storage, read> p_layers_1_attn_wk_w: array<f32>;
@group(0) @binding(1) var<storage, read> t1608: array<f32>;
@group(0) @binding(2) var<storage, read> t1844: array<f32>;
@group(0) @binding(3) var<storage, read> t1851: array<f32>;
@group(0) @binding(4) var<storage, read> t1582: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1855: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k316l_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l12: f32 = p_layers_1_attn_wk_w[i];
  let l1664: f32 = t1608[0i];
  let v1852: f32 = l12 * l1664;
  let x1844: f32 = t1844[i];
  let x1851: f32 = t1851[i];
  let v1853: f32 = x1844 / x1851;
  let l1667: f32 = t1582[0i];
  let v1854: f32 = v1853 * l1667;
  let v1855: f32 = v1852 - v1854;
  t1855[i] = v1855;
}
