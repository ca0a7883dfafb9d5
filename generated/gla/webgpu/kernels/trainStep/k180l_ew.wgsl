// kernel k180l_ew
@group(0) @binding(0) var<storage, read> p_layers_1_attn_wq_w: array<f32>;
@group(0) @binding(1) var<storage, read> t925: array<f32>;
@group(0) @binding(2) var<storage, read> t1269: array<f32>;
@group(0) @binding(3) var<storage, read> t1276: array<f32>;
@group(0) @binding(4) var<storage, read> t899: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1280: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k180l_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l17: f32 = p_layers_1_attn_wq_w[i];
  let l981: f32 = t925[0i];
  let v1277: f32 = l17 * l981;
  let x1269: f32 = t1269[i];
  let x1276: f32 = t1276[i];
  let v1278: f32 = x1269 / x1276;
  let l984: f32 = t899[0i];
  let v1279: f32 = v1278 * l984;
  let v1280: f32 = v1277 - v1279;
  t1280[i] = v1280;
}
