// kernel k316d_ew
@group(0) @binding(0) var<storage, read> p_layers_0_attn_wk_w: array<f32>;
@group(0) @binding(1) var<storage, read> t1608: array<f32>;
@group(0) @binding(2) var<storage, read> t1675: array<f32>;
@group(0) @binding(3) var<storage, read> t1682: array<f32>;
@group(0) @binding(4) var<storage, read> t1582: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1686: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k316d_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l3: f32 = p_layers_0_attn_wk_w[i];
  let l1664: f32 = t1608[0i];
  let v1683: f32 = l3 * l1664;
  let x1675: f32 = t1675[i];
  let x1682: f32 = t1682[i];
  let v1684: f32 = x1675 / x1682;
  let l1667: f32 = t1582[0i];
  let v1685: f32 = v1684 * l1667;
  let v1686: f32 = v1683 - v1685;
  t1686[i] = v1686;
}
