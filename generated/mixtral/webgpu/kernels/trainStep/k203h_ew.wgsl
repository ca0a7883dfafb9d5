// kernel k203h_ew
@group(0) @binding(0) var<storage, read> p_layers_1_attn_wo_w: array<f32>;
@group(0) @binding(1) var<storage, read> t1024: array<f32>;
@group(0) @binding(2) var<storage, read> t1333: array<f32>;
@group(0) @binding(3) var<storage, read> t1340: array<f32>;
@group(0) @binding(4) var<storage, read> t998: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1344: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k203h_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l15: f32 = p_layers_1_attn_wo_w[i];
  let l1080: f32 = t1024[0i];
  let v1341: f32 = l15 * l1080;
  let x1333: f32 = t1333[i];
  let x1340: f32 = t1340[i];
  let v1342: f32 = x1333 / x1340;
  let l1083: f32 = t998[0i];
  let v1343: f32 = v1342 * l1083;
  let v1344: f32 = v1341 - v1343;
  t1344[i] = v1344;
}
