// kernel k235f_ew
@group(0) @binding(0) var<storage, read> p_layers_0_moe_w2: array<f32>;
@group(0) @binding(1) var<storage, read> t1146: array<f32>;
@group(0) @binding(2) var<storage, read> t1339: array<f32>;
@group(0) @binding(3) var<storage, read> t1350: array<f32>;
@group(0) @binding(4) var<storage, read> t1120: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1356: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k235f_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l10: f32 = p_layers_0_moe_w2[i];
  let l1351: f32 = t1146[0i];
  let v1352: f32 = l10 * l1351;
  let x1339: f32 = t1339[i];
  let x1350: f32 = t1350[i];
  let v1353: f32 = x1339 / x1350;
  let l1354: f32 = t1120[0i];
  let v1355: f32 = v1353 * l1354;
  let v1356: f32 = v1352 - v1355;
  t1356[i] = v1356;
}
