// kernel k237n_ew
@group(0) @binding(0) var<storage, read> p_layers_1_attn_wv_w: array<f32>;
@group(0) @binding(1) var<storage, read> t1126: array<f32>;
@group(0) @binding(2) var<storage, read> t1478: array<f32>;
@group(0) @binding(3) var<storage, read> t1485: array<f32>;
@group(0) @binding(4) var<storage, read> t1100: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1489: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k237n_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l18: f32 = p_layers_1_attn_wv_w[i];
  let l1182: f32 = t1126[0i];
  let v1486: f32 = l18 * l1182;
  let x1478: f32 = t1478[i];
  let x1485: f32 = t1485[i];
  let v1487: f32 = x1478 / x1485;
  let l1185: f32 = t1100[0i];
  let v1488: f32 = v1487 * l1185;
  let v1489: f32 = v1486 - v1488;
  t1489[i] = v1489;
}
