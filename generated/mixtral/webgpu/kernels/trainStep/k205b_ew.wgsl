// kernel k205b_ew
@group(0) @binding(0) var<storage, read> p_layers_0_moe_router_w: array<f32>;
@group(0) @binding(1) var<storage, read> t1024: array<f32>;
@group(0) @binding(2) var<storage, read> t1170: array<f32>;
@group(0) @binding(3) var<storage, read> t1181: array<f32>;
@group(0) @binding(4) var<storage, read> t998: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1187: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k205b_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l7: f32 = p_layers_0_moe_router_w[i];
  let l1182: f32 = t1024[0i];
  let v1183: f32 = l7 * l1182;
  let x1170: f32 = t1170[i];
  let x1181: f32 = t1181[i];
  let v1184: f32 = x1170 / x1181;
  let l1185: f32 = t998[0i];
  let v1186: f32 = v1184 * l1185;
  let v1187: f32 = v1183 - v1186;
  t1187[i] = v1187;
}
