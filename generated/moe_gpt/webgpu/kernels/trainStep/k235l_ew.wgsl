// kernel k235l_ew
@group(0) @binding(0) var<storage, read> p_layers_1_moe_w2: array<f32>;
@group(0) @binding(1) var<storage, read> t1146: array<f32>;
@group(0) @binding(2) var<storage, read> t1582: array<f32>;
@group(0) @binding(3) var<storage, read> t1589: array<f32>;
@group(0) @binding(4) var<storage, read> t1120: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1593: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k235l_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l24: f32 = p_layers_1_moe_w2[i];
  let l1351: f32 = t1146[0i];
  let v1590: f32 = l24 * l1351;
  let x1582: f32 = t1582[i];
  let x1589: f32 = t1589[i];
  let v1591: f32 = x1582 / x1589;
  let l1354: f32 = t1120[0i];
  let v1592: f32 = v1591 * l1354;
  let v1593: f32 = v1590 - v1592;
  t1593[i] = v1593;
}
