// kernel k202f_ew
@group(0) @binding(0) var<storage, read> p_layers_1_attn_wk_w: array<f32>;
@group(0) @binding(1) var<storage, read> t993: array<f32>;
@group(0) @binding(2) var<storage, read> t1268: array<f32>;
@group(0) @binding(3) var<storage, read> t1275: array<f32>;
@group(0) @binding(4) var<storage, read> t967: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1279: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k202f_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l13: f32 = p_layers_1_attn_wk_w[i];
  let l1075: f32 = t993[0i];
  let v1276: f32 = l13 * l1075;
  let x1268: f32 = t1268[i];
  let x1275: f32 = t1275[i];
  let v1277: f32 = x1268 / x1275;
  let l1078: f32 = t967[0i];
  let v1278: f32 = v1277 * l1078;
  let v1279: f32 = v1276 - v1278;
  t1279[i] = v1279;
}
