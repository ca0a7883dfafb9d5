// kernel k206d_ew
@group(0) @binding(0) var<storage, read> p_layers_0_moe_w2: array<f32>;
@group(0) @binding(1) var<storage, read> t1024: array<f32>;
@group(0) @binding(2) var<storage, read> t1226: array<f32>;
@group(0) @binding(3) var<storage, read> t1237: array<f32>;
@group(0) @binding(4) var<storage, read> t998: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1243: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k206d_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l9: f32 = p_layers_0_moe_w2[i];
  let l1238: f32 = t1024[0i];
  let v1239: f32 = l9 * l1238;
  let x1226: f32 = t1226[i];
  let x1237: f32 = t1237[i];
  let v1240: f32 = x1226 / x1237;
  let l1241: f32 = t998[0i];
  let v1242: f32 = v1240 * l1241;
  let v1243: f32 = v1239 - v1242;
  t1243[i] = v1243;
}
