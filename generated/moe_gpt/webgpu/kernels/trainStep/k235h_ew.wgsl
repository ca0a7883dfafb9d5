// kernel k235h_ew
@group(0) @binding(0) var<storage, read> p_layers_0_moe_w3: array<f32>;
@group(0) @binding(1) var<storage, read> t1126: array<f32>;
@group(0) @binding(2) var<storage, read> t1342: array<f32>;
@group(0) @binding(3) var<storage, read> t1349: array<f32>;
@group(0) @binding(4) var<storage, read> t1100: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1353: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k235h_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l11: f32 = p_layers_0_moe_w3[i];
  let l1304: f32 = t1126[0i];
  let v1350: f32 = l11 * l1304;
  let x1342: f32 = t1342[i];
  let x1349: f32 = t1349[i];
  let v1351: f32 = x1342 / x1349;
  let l1308: f32 = t1100[0i];
  let v1352: f32 = v1351 * l1308;
  let v1353: f32 = v1350 - v1352;
  t1353[i] = v1353;
}
