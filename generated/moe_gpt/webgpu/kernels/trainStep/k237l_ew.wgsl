// kernel k237l_ew
@group(0) @binding(0) var<storage, read> p_layers_1_attn_wk_w: array<f32>;
@group(0) @binding(1) var<storage, read> t1146: array<f32>;
@group(0) @binding(2) var<storage, read> t1481: array<f32>;
@group(0) @binding(3) var<storage, read> t1488: array<f32>;
@group(0) @binding(4) var<storage, read> t1120: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1492: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k237l_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l17: f32 = p_layers_1_attn_wk_w[i];
  let l1202: f32 = t1146[0i];
  let v1489: f32 = l17 * l1202;
  let x1481: f32 = t1481[i];
  let x1488: f32 = t1488[i];
  let v1490: f32 = x1481 / x1488;
  let l1205: f32 = t1120[0i];
  let v1491: f32 = v1490 * l1205;
  let v1492: f32 = v1489 - v1491;
  t1492[i] = v1492;
}
