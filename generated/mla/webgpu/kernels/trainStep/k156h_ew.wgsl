// kernel k156h_ew
@group(0) @binding(0) var<storage, read> p_layers_1_mlp_w1_w: array<f32>;
@group(0) @binding(1) var<storage, read> t801: array<f32>;
@group(0) @binding(2) var<storage, read> t1254: array<f32>;
@group(0) @binding(3) var<storage, read> t1261: array<f32>;
@group(0) @binding(4) var<storage, read> t775: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1265: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k156h_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l22: f32 = p_layers_1_mlp_w1_w[i];
  let l1051: f32 = t801[0i];
  let v1262: f32 = l22 * l1051;
  let x1254: f32 = t1254[i];
  let x1261: f32 = t1261[i];
  let v1263: f32 = x1254 / x1261;
  let l1054: f32 = t775[0i];
  let v1264: f32 = v1263 * l1054;
  let v1265: f32 = v1262 - v1264;
  t1265[i] = v1265;
}
