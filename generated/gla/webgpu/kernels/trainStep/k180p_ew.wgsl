// kernel k180p_ew
@group(0) @binding(0) var<storage, read> p_layers_1_attn_wv_w: array<f32>;
@group(0) @binding(1) var<storage, read> t925: array<f32>;
@group(0) @binding(2) var<storage, read> t1303: array<f32>;
@group(0) @binding(3) var<storage, read> t1310: array<f32>;
@group(0) @binding(4) var<storage, read> t899: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1314: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k180p_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l19: f32 = p_layers_1_attn_wv_w[i];
  let l981: f32 = t925[0i];
  let v1311: f32 = l19 * l981;
  let x1303: f32 = t1303[i];
  let x1310: f32 = t1310[i];
  let v1312: f32 = x1303 / x1310;
  let l984: f32 = t899[0i];
  let v1313: f32 = v1312 * l984;
  let v1314: f32 = v1311 - v1313;
  t1314[i] = v1314;
}
