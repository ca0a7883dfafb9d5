// kernel k148d_ew
@group(0) @binding(0) var<storage, read> p_head_w: array<f32>;
@group(0) @binding(1) var<storage, read> t801: array<f32>;
@group(0) @binding(2) var<storage, read> t1324: array<f32>;
@group(0) @binding(3) var<storage, read> t1335: array<f32>;
@group(0) @binding(4) var<storage, read> t775: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1341: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k148d_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l26: f32 = p_head_w[i];
  let l1336: f32 = t801[0i];
  let v1337: f32 = l26 * l1336;
  let x1324: f32 = t1324[i];
  let x1335: f32 = t1335[i];
  let v1338: f32 = x1324 / x1335;
  let l1339: f32 = t775[0i];
  let v1340: f32 = v1338 * l1339;
  let v1341: f32 = v1337 - v1340;
  t1341[i] = v1341;
}
