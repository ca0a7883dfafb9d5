// kernel k237j_ew
@group(0) @binding(0) var<storage, read> p_layers_1_attn_wq_w: array<f32>;
@group(0) @binding(1) var<storage, read> t1146: array<f32>;
@group(0) @binding(2) var<storage, read> t1464: array<f32>;
@group(0) @binding(3) var<storage, read> t1471: array<f32>;
@group(0) @binding(4) var<storage, read> t1120: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1475: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k237j_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l16: f32 = p_layers_1_attn_wq_w[i];
  let l1202: f32 = t1146[0i];
  let v1472: f32 = l16 * l1202;
  let x1464: f32 = t1464[i];
  let x1471: f32 = t1471[i];
  let v1473: f32 = x1464 / x1471;
  let l1205: f32 = t1120[0i];
  let v1474: f32 = v1473 * l1205;
  let v1475: f32 = v1472 - v1474;
  t1475[i] = v1475;
}
