// kernel k237h_ew
@group(0) @binding(0) var<storage, read> p_layers_0_attn_wo_w: array<f32>;
@group(0) @binding(1) var<storage, read> t1146: array<f32>;
@group(0) @binding(2) var<storage, read> t1247: array<f32>;
@group(0) @binding(3) var<storage, read> t1254: array<f32>;
@group(0) @binding(4) var<storage, read> t1120: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1258: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k237h_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l5: f32 = p_layers_0_attn_wo_w[i];
  let l1202: f32 = t1146[0i];
  let v1255: f32 = l5 * l1202;
  let x1247: f32 = t1247[i];
  let x1254: f32 = t1254[i];
  let v1256: f32 = x1247 / x1254;
  let l1205: f32 = t1120[0i];
  let v1257: f32 = v1256 * l1205;
  let v1258: f32 = v1255 - v1257;
  t1258[i] = v1258;
}
