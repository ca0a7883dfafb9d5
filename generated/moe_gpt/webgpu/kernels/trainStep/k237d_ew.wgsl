// kernel k237d_ew
@group(0) @binding(0) var<storage, read> p_layers_0_attn_wk_w: array<f32>;
@group(0) @binding(1) var<storage, read> t1126: array<f32>;
@group(0) @binding(2) var<storage, read> t1193: array<f32>;
@group(0) @binding(3) var<storage, read> t1200: array<f32>;
@group(0) @binding(4) var<storage, read> t1100: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1204: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k237d_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l3: f32 = p_layers_0_attn_wk_w[i];
  let l1182: f32 = t1126[0i];
  let v1201: f32 = l3 * l1182;
  let x1193: f32 = t1193[i];
  let x1200: f32 = t1200[i];
  let v1202: f32 = x1193 / x1200;
  let l1185: f32 = t1100[0i];
  let v1203: f32 = v1202 * l1185;
  let v1204: f32 = v1201 - v1203;
  t1204[i] = v1204;
}
