// kernel k239b_ew
@group(0) @binding(0) var<storage, read> p_layers_0_moe_shared_mlp_w1_w: array<f32>;
@group(0) @binding(1) var<storage, read> t1126: array<f32>;
@group(0) @binding(2) var<storage, read> t1362: array<f32>;
@group(0) @binding(3) var<storage, read> t1373: array<f32>;
@group(0) @binding(4) var<storage, read> t1100: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1379: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k239b_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l12: f32 = p_layers_0_moe_shared_mlp_w1_w[i];
  let l1374: f32 = t1126[0i];
  let v1375: f32 = l12 * l1374;
  let x1362: f32 = t1362[i];
  let x1373: f32 = t1373[i];
  let v1376: f32 = x1362 / x1373;
  let l1377: f32 = t1100[0i];
  let v1378: f32 = v1376 * l1377;
  let v1379: f32 = v1375 - v1378;
  t1379[i] = v1379;
}
