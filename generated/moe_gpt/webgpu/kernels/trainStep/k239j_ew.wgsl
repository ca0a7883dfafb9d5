// kernel k239j_ew
@group(0) @binding(0) var<storage, read> p_layers_1_moe_shared_mlp_w2_w: array<f32>;
@group(0) @binding(1) var<storage, read> t1146: array<f32>;
@group(0) @binding(2) var<storage, read> t1633: array<f32>;
@group(0) @binding(3) var<storage, read> t1640: array<f32>;
@group(0) @binding(4) var<storage, read> t1120: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1644: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k239j_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l27: f32 = p_layers_1_moe_shared_mlp_w2_w[i];
  let l1420: f32 = t1146[0i];
  let v1641: f32 = l27 * l1420;
  let x1633: f32 = t1633[i];
  let x1640: f32 = t1640[i];
  let v1642: f32 = x1633 / x1640;
  let l1423: f32 = t1120[0i];
  let v1643: f32 = v1642 * l1423;
  let v1644: f32 = v1641 - v1643;
  t1644[i] = v1644;
}
