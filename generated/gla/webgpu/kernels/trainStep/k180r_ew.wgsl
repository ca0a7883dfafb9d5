// kernel k180r_ew
@group(0) @binding(0) var<storage, read> p_layers_1_attn_wr_w: array<f32>;
@group(0) @binding(1) var<storage, read> t875: array<f32>;
@group(0) @binding(2) var<storage, read> t1320: array<f32>;
@group(0) @binding(3) var<storage, read> t1327: array<f32>;
@group(0) @binding(4) var<storage, read> t849: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1331: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k180r_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l23: f32 = p_layers_1_attn_wr_w[i];
  let l931: f32 = t875[0i];
  let v1328: f32 = l23 * l931;
  let x1320: f32 = t1320[i];
  let x1327: f32 = t1327[i];
  let v1329: f32 = x1320 / x1327;
  let l934: f32 = t849[0i];
  let v1330: f32 = v1329 * l934;
  let v1331: f32 = v1328 - v1330;
  t1331[i] = v1331;
}
