// kernel k239h_ew
@group(0) @binding(0) var<storage, read> p_layers_1_moe_shared_mlp_w1_w: array<f32>;
@group(0) @binding(1) var<storage, read> t1126: array<f32>;
@group(0) @binding(2) var<storage, read> t1596: array<f32>;
@group(0) @binding(3) var<storage, read> t1603: array<f32>;
@group(0) @binding(4) var<storage, read> t1100: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1607: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k239h_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l26: f32 = p_layers_1_moe_shared_mlp_w1_w[i];
  let l1374: f32 = t1126[0i];
  let v1604: f32 = l26 * l1374;
  let x1596: f32 = t1596[i];
  let x1603: f32 = t1603[i];
  let v1605: f32 = x1596 / x1603;
  let l1377: f32 = t1100[0i];
  let v1606: f32 = v1605 * l1377;
  let v1607: f32 = v1604 - v1606;
  t1607[i] = v1607;
}
