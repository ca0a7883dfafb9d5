// kernel k237p_ew
@group(0) @binding(0) var<storage, read> p_layers_1_attn_wo_w: array<f32>;
@group(0) @binding(1) var<storage, read> t1146: array<f32>;
@group(0) @binding(2) var<storage, read> t1515: array<f32>;
@group(0) @binding(3) var<storage, read> t1522: array<f32>;
@group(0) @binding(4) var<storage, read> t1120: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1526: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k237p_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l19: f32 = p_layers_1_attn_wo_w[i];
  let l1202: f32 = t1146[0i];
  let v1523: f32 = l19 * l1202;
  let x1515: f32 = t1515[i];
  let x1522: f32 = t1522[i];
  let v1524: f32 = x1515 / x1522;
  let l1205: f32 = t1120[0i];
  let v1525: f32 = v1524 * l1205;
  let v1526: f32 = v1523 - v1525;
  t1526[i] = v1526;
}
