// kernel k235h_ew
@group(0) @binding(0) var<storage, read> p_layers_0_moe_w3: array<f32>;
@group(0) @binding(1) var<storage, read> t1146: array<f32>;
@group(0) @binding(2) var<storage, read> t1362: array<f32>;
@group(0) @binding(3) var<storage, read> t1369: array<f32>;
@group(0) @binding(4) var<storage, read> t1120: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1373: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k235h_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l11: f32 = p_layers_0_moe_w3[i];
  let l1324: f32 = t1146[0i];
  let v1370: f32 = l11 * l1324;
  let x1362: f32 = t1362[i];
  let x1369: f32 = t1369[i];
  let v1371: f32 = x1362 / x1369;
  let l1328: f32 = t1120[0i];
  let v1372: f32 = v1371 * l1328;
  let v1373: f32 = v1370 - v1372;
  t1373[i] = v1373;
}
