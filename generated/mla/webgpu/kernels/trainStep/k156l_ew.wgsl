// kernel k156l_ew
@group(0) @binding(0) var<storage, read> p_layers_1_mlp_w3_w: array<f32>;
@group(0) @binding(1) var<storage, read> t791: array<f32>;
@group(0) @binding(2) var<storage, read> t1278: array<f32>;
@group(0) @binding(3) var<storage, read> t1285: array<f32>;
@group(0) @binding(4) var<storage, read> t765: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1289: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k156l_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l24: f32 = p_layers_1_mlp_w3_w[i];
  let l1041: f32 = t791[0i];
  let v1286: f32 = l24 * l1041;
  let x1278: f32 = t1278[i];
  let x1285: f32 = t1285[i];
  let v1287: f32 = x1278 / x1285;
  let l1044: f32 = t765[0i];
  let v1288: f32 = v1287 * l1044;
  let v1289: f32 = v1286 - v1288;
  t1289[i] = v1289;
}
