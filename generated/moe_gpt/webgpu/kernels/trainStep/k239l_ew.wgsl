// kernel k239l_ew
@group(0) @binding(0) var<storage, read> p_layers_1_moe_shared_mlp_w3_w: array<f32>;
@group(0) @binding(1) var<storage, read> t1146: array<f32>;
@group(0) @binding(2) var<storage, read> t1650: array<f32>;
@group(0) @binding(3) var<storage, read> t1657: array<f32>;
@group(0) @binding(4) var<storage, read> t1120: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1661: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k239l_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l28: f32 = p_layers_1_moe_shared_mlp_w3_w[i];
  let l1394: f32 = t1146[0i];
  let v1658: f32 = l28 * l1394;
  let x1650: f32 = t1650[i];
  let x1657: f32 = t1657[i];
  let v1659: f32 = x1650 / x1657;
  let l1397: f32 = t1120[0i];
  let v1660: f32 = v1659 * l1397;
  let v1661: f32 = v1658 - v1660;
  t1661[i] = v1661;
}
