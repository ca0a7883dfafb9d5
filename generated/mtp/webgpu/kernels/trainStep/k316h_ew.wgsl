// kernel k316h_ew
@group(0) @binding(0) var<storage, read> p_layers_0_attn_wo_w: array<f32>;
@group(0) @binding(1) var<storage, read> t1608: array<f32>;
@group(0) @binding(2) var<storage, read> t1709: array<f32>;
@group(0) @binding(3) var<storage, read> t1716: array<f32>;
@group(0) @binding(4) var<storage, read> t1582: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1720: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k316h_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l5: f32 = p_layers_0_attn_wo_w[i];
  let l1664: f32 = t1608[0i];
  let v1717: f32 = l5 * l1664;
  let x1709: f32 = t1709[i];
  let x1716: f32 = t1716[i];
  let v1718: f32 = x1709 / x1716;
  let l1667: f32 = t1582[0i];
  let v1719: f32 = v1718 * l1667;
  let v1720: f32 = v1717 - v1719;
  t1720[i] = v1720;
}
