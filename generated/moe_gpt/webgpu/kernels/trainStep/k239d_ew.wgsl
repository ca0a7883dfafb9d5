// kernel k239d_ew
@group(0) @binding(0) var<storage, read> p_layers_0_moe_shared_mlp_w2_w: array<f32>;
@group(0) @binding(1) var<storage, read> t1146: array<f32>;
@group(0) @binding(2) var<storage, read> t1408: array<f32>;
@group(0) @binding(3) var<storage, read> t1419: array<f32>;
@group(0) @binding(4) var<storage, read> t1120: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1425: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k239d_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l13: f32 = p_layers_0_moe_shared_mlp_w2_w[i];
  let l1420: f32 = t1146[0i];
  let v1421: f32 = l13 * l1420;
  let x1408: f32 = t1408[i];
  let x1419: f32 = t1419[i];
  let v1422: f32 = x1408 / x1419;
  let l1423: f32 = t1120[0i];
  let v1424: f32 = v1422 * l1423;
  let v1425: f32 = v1421 - v1424;
  t1425[i] = v1425;
}
