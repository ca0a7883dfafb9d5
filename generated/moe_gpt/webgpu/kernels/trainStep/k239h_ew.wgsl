// kernel k239h_ew
@group(0) @binding(0) var<storage, read> p_layers_1_moe_shared_mlp_w1_w: array<f32>;
@group(0) @binding(1) var<storage, read> t1146: array<f32>;
@group(0) @binding(2) var<storage, read> t1616: array<f32>;
@group(0) @binding(3) var<storage, read> t1623: array<f32>;
@group(0) @binding(4) var<storage, read> t1120: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1627: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k239h_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l26: f32 = p_layers_1_moe_shared_mlp_w1_w[i];
  let l1394: f32 = t1146[0i];
  let v1624: f32 = l26 * l1394;
  let x1616: f32 = t1616[i];
  let x1623: f32 = t1623[i];
  let v1625: f32 = x1616 / x1623;
  let l1397: f32 = t1120[0i];
  let v1626: f32 = v1625 * l1397;
  let v1627: f32 = v1624 - v1626;
  t1627[i] = v1627;
}
