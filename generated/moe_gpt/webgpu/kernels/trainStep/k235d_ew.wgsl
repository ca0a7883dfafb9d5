// kernel k235d_ew
@group(0) @binding(0) var<storage, read> p_layers_0_moe_w1: array<f32>;
@group(0) @binding(1) var<storage, read> t1146: array<f32>;
@group(0) @binding(2) var<storage, read> t1310: array<f32>;
@group(0) @binding(3) var<storage, read> t1322: array<f32>;
@group(0) @binding(4) var<storage, read> t1120: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1330: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k235d_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l9: f32 = p_layers_0_moe_w1[i];
  let l1324: f32 = t1146[0i];
  let v1325: f32 = l9 * l1324;
  let x1310: f32 = t1310[i];
  let x1322: f32 = t1322[i];
  let v1326: f32 = x1310 / x1322;
  let l1328: f32 = t1120[0i];
  let v1329: f32 = v1326 * l1328;
  let v1330: f32 = v1325 - v1329;
  t1330[i] = v1330;
}
