// kernel k235d_ew
@group(0) @binding(0) var<storage, read> p_layers_0_moe_w1: array<f32>;
@group(0) @binding(1) var<storage, read> t1126: array<f32>;
@group(0) @binding(2) var<storage, read> t1290: array<f32>;
@group(0) @binding(3) var<storage, read> t1302: array<f32>;
@group(0) @binding(4) var<storage, read> t1100: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1310: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k235d_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l9: f32 = p_layers_0_moe_w1[i];
  let l1304: f32 = t1126[0i];
  let v1305: f32 = l9 * l1304;
  let x1290: f32 = t1290[i];
  let x1302: f32 = t1302[i];
  let v1306: f32 = x1290 / x1302;
  let l1308: f32 = t1100[0i];
  let v1309: f32 = v1306 * l1308;
  let v1310: f32 = v1305 - v1309;
  t1310[i] = v1310;
}
