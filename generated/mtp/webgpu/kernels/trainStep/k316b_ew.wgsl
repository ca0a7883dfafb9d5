// kernel k316b_ew
@group(0) @binding(0) var<storage, read> p_layers_0_attn_wq_w: array<f32>;
@group(0) @binding(1) var<storage, read> t1608: array<f32>;
@group(0) @binding(2) var<storage, read> t1652: array<f32>;
@group(0) @binding(3) var<storage, read> t1663: array<f32>;
@group(0) @binding(4) var<storage, read> t1582: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1669: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k316b_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l2: f32 = p_layers_0_attn_wq_w[i];
  let l1664: f32 = t1608[0i];
  let v1665: f32 = l2 * l1664;
  let x1652: f32 = t1652[i];
  let x1663: f32 = t1663[i];
  let v1666: f32 = x1652 / x1663;
  let l1667: f32 = t1582[0i];
  let v1668: f32 = v1666 * l1667;
  let v1669: f32 = v1665 - v1668;
  t1669[i] = v1669;
}
