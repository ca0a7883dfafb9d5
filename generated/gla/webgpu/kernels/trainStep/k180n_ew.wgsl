// kernel k180n_ew
@group(0) @binding(0) var<storage, read> p_layers_1_attn_wk_w: array<f32>;
@group(0) @binding(1) var<storage, read> t925: array<f32>;
@group(0) @binding(2) var<storage, read> t1286: array<f32>;
@group(0) @binding(3) var<storage, read> t1293: array<f32>;
@group(0) @binding(4) var<storage, read> t899: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1297: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k180n_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l18: f32 = p_layers_1_attn_wk_w[i];
  let l981: f32 = t925[0i];
  let v1294: f32 = l18 * l981;
  let x1286: f32 = t1286[i];
  let x1293: f32 = t1293[i];
  let v1295: f32 = x1286 / x1293;
  let l984: f32 = t899[0i];
  let v1296: f32 = v1295 * l984;
  let v1297: f32 = v1294 - v1296;
  t1297[i] = v1297;
}
