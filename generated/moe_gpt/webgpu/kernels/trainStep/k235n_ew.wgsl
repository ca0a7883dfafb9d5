// kernel k235n_ew
@group(0) @binding(0) var<storage, read> p_layers_1_moe_w3: array<f32>;
@group(0) @binding(1) var<storage, read> t1146: array<f32>;
@group(0) @binding(2) var<storage, read> t1599: array<f32>;
@group(0) @binding(3) var<storage, read> t1606: array<f32>;
@group(0) @binding(4) var<storage, read> t1120: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1610: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k235n_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l25: f32 = p_layers_1_moe_w3[i];
  let l1324: f32 = t1146[0i];
  let v1607: f32 = l25 * l1324;
  let x1599: f32 = t1599[i];
  let x1606: f32 = t1606[i];
  let v1608: f32 = x1599 / x1606;
  let l1328: f32 = t1120[0i];
  let v1609: f32 = v1608 * l1328;
  let v1610: f32 = v1607 - v1609;
  t1610[i] = v1610;
}
