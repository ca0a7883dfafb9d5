// kernel k204d_ew
@group(0) @binding(0) var<storage, read> p_layers_0_moe_w2: array<f32>;
@group(0) @binding(1) var<storage, read> t993: array<f32>;
@group(0) @binding(2) var<storage, read> t1195: array<f32>;
@group(0) @binding(3) var<storage, read> t1206: array<f32>;
@group(0) @binding(4) var<storage, read> t967: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1212: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k204d_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l9: f32 = p_layers_0_moe_w2[i];
  let l1207: f32 = t993[0i];
  let v1208: f32 = l9 * l1207;
  let x1195: f32 = t1195[i];
  let x1206: f32 = t1206[i];
  let v1209: f32 = x1195 / x1206;
  let l1210: f32 = t967[0i];
  let v1211: f32 = v1209 * l1210;
  let v1212: f32 = v1208 - v1211;
  t1212[i] = v1212;
}
