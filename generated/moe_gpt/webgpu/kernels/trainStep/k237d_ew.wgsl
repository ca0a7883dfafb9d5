// kernel k237d_ew
@group(0) @binding(0) var<storage, read> p_layers_0_attn_wk_w: array<f32>;
@group(0) @binding(1) var<storage, read> t1146: array<f32>;
@group(0) @binding(2) var<storage, read> t1213: array<f32>;
@group(0) @binding(3) var<storage, read> t1220: array<f32>;
@group(0) @binding(4) var<storage, read> t1120: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1224: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k237d_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l3: f32 = p_layers_0_attn_wk_w[i];
  let l1202: f32 = t1146[0i];
  let v1221: f32 = l3 * l1202;
  let x1213: f32 = t1213[i];
  let x1220: f32 = t1220[i];
  let v1222: f32 = x1213 / x1220;
  let l1205: f32 = t1120[0i];
  let v1223: f32 = v1222 * l1205;
  let v1224: f32 = v1221 - v1223;
  t1224[i] = v1224;
}
