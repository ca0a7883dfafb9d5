// kernel k237b_ew
@group(0) @binding(0) var<storage, read> p_layers_0_attn_wq_w: array<f32>;
@group(0) @binding(1) var<storage, read> t1146: array<f32>;
@group(0) @binding(2) var<storage, read> t1190: array<f32>;
@group(0) @binding(3) var<storage, read> t1201: array<f32>;
@group(0) @binding(4) var<storage, read> t1120: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1207: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k237b_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l2: f32 = p_layers_0_attn_wq_w[i];
  let l1202: f32 = t1146[0i];
  let v1203: f32 = l2 * l1202;
  let x1190: f32 = t1190[i];
  let x1201: f32 = t1201[i];
  let v1204: f32 = x1190 / x1201;
  let l1205: f32 = t1120[0i];
  let v1206: f32 = v1204 * l1205;
  let v1207: f32 = v1203 - v1206;
  t1207[i] = v1207;
}
