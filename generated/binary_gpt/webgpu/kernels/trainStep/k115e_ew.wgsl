// kernel k115e_ew
@group(0) @binding(0) var<storage, read> p_optim_v_blocks_1_mlp_proj_alpha: array<f32>;
@group(0) @binding(1) var<storage, read> t1419: array<f32>;
@group(0) @binding(2) var<storage, read_write> t1428: array<f32>;
@group(0) @binding(3) var<storage, read> p_blocks_1_mlp_proj_alpha: array<f32>;
@group(0) @binding(4) var<storage, read> t1424: array<f32>;
@group(0) @binding(5) var<storage, read> t711: array<f32>;
@group(0) @binding(6) var<storage, read> t710: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1434: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k115e_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l1421: f32 = p_optim_v_blocks_1_mlp_proj_alpha[i];
  let v1425: f32 = l1421 * 0.95f;
  let x1419: f32 = t1419[i];
  let v1426: f32 = x1419 * x1419;
  let v1427: f32 = v1426 * 0.05f;
  let v1428: f32 = v1425 + v1427;
  t1428[i] = v1428;
  let l40: f32 = p_blocks_1_mlp_proj_alpha[i];
  let x1424: f32 = t1424[i];
  let v1429: f32 = sqrt(v1428);
  let l1101: f32 = t711[0i];
  let v1430: f32 = v1429 / l1101;
  let v1431: f32 = v1430 + 1e-8f;
  let v1432: f32 = x1424 / v1431;
  let l1106: f32 = t710[0i];
  let v1433: f32 = v1432 * l1106;
  let v1434: f32 = l40 - v1433;
  t1434[i] = v1434;
}
