// kernel k112h_ew
@group(0) @binding(0) var<storage, read> p_blocks_1_mlp_fc_w: array<f32>;
@group(0) @binding(1) var<storage, read> t736: array<f32>;
@group(0) @binding(2) var<storage, read> t1358: array<f32>;
@group(0) @binding(3) var<storage, read> t1365: array<f32>;
@group(0) @binding(4) var<storage, read> t710: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1369: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k112h_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l36: f32 = p_blocks_1_mlp_fc_w[i];
  let l1030: f32 = t736[0i];
  let v1366: f32 = l36 * l1030;
  let x1358: f32 = t1358[i];
  let x1365: f32 = t1365[i];
  let v1367: f32 = x1358 / x1365;
  let l1033: f32 = t710[0i];
  let v1368: f32 = v1367 * l1033;
  let v1369: f32 = v1366 - v1368;
  t1369[i] = v1369;
}
