// kernel k239l_ew
@group(0) @binding(0) var<storage, read> p_layers_1_moe_shared_mlp_w3_w: array<f32>;
@group(0) @binding(1) var<storage, read> t1126: array<f32>;
@group(0) @binding(2) var<storage, read> t1630: array<f32>;
@group(0) @binding(3) var<storage, read> t1637: array<f32>;
@group(0) @binding(4) var<storage, read> t1100: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1641: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k239l_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l28: f32 = p_layers_1_moe_shared_mlp_w3_w[i];
  let l1374: f32 = t1126[0i];
  let v1638: f32 = l28 * l1374;
  let x1630: f32 = t1630[i];
  let x1637: f32 = t1637[i];
  let v1639: f32 = x1630 / x1637;
  let l1377: f32 = t1100[0i];
  let v1640: f32 = v1639 * l1377;
  let v1641: f32 = v1638 - v1640;
  t1641[i] = v1641;
}
