// kernel k239j_ew
@group(0) @binding(0) var<storage, read> p_layers_1_moe_shared_mlp_w2_w: array<f32>;
@group(0) @binding(1) var<storage, read> t1126: array<f32>;
@group(0) @binding(2) var<storage, read> t1613: array<f32>;
@group(0) @binding(3) var<storage, read> t1620: array<f32>;
@group(0) @binding(4) var<storage, read> t1100: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1624: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k239j_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l27: f32 = p_layers_1_moe_shared_mlp_w2_w[i];
  let l1400: f32 = t1126[0i];
  let v1621: f32 = l27 * l1400;
  let x1613: f32 = t1613[i];
  let x1620: f32 = t1620[i];
  let v1622: f32 = x1613 / x1620;
  let l1403: f32 = t1100[0i];
  let v1623: f32 = v1622 * l1403;
  let v1624: f32 = v1621 - v1623;
  t1624[i] = v1624;
}
