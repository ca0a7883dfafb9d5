// kernel k203b_ew
@group(0) @binding(0) var<storage, read> p_layers_0_moe_router_w: array<f32>;
@group(0) @binding(1) var<storage, read> t993: array<f32>;
@group(0) @binding(2) var<storage, read> t1139: array<f32>;
@group(0) @binding(3) var<storage, read> t1150: array<f32>;
@group(0) @binding(4) var<storage, read> t967: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1156: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k203b_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l7: f32 = p_layers_0_moe_router_w[i];
  let l1151: f32 = t993[0i];
  let v1152: f32 = l7 * l1151;
  let x1139: f32 = t1139[i];
  let x1150: f32 = t1150[i];
  let v1153: f32 = x1139 / x1150;
  let l1154: f32 = t967[0i];
  let v1155: f32 = v1153 * l1154;
  let v1156: f32 = v1152 - v1155;
  t1156[i] = v1156;
}
