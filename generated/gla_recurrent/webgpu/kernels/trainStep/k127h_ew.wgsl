// kernel k127h_ew
@group(0) @binding(0) var<storage, read> p_layers_1_mlp_w1_w: array<f32>;
@group(0) @binding(1) var<storage, read> t701: array<f32>;
@group(0) @binding(2) var<storage, read> t1228: array<f32>;
@group(0) @binding(3) var<storage, read> t1235: array<f32>;
@group(0) @binding(4) var<storage, read> t675: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1239: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k127h_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l28: f32 = p_layers_1_mlp_w1_w[i];
  let l975: f32 = t701[0i];
  let v1236: f32 = l28 * l975;
  let x1228: f32 = t1228[i];
  let x1235: f32 = t1235[i];
  let v1237: f32 = x1228 / x1235;
  let l978: f32 = t675[0i];
  let v1238: f32 = v1237 * l978;
  let v1239: f32 = v1236 - v1238;
  t1239[i] = v1239;
}
