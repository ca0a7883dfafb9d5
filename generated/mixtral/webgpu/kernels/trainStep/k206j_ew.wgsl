// kernel k206j_ew
@group(0) @binding(0) var<storage, read> p_layers_1_moe_w2: array<f32>;
@group(0) @binding(1) var<storage, read> t1024: array<f32>;
@group(0) @binding(2) var<storage, read> t1400: array<f32>;
@group(0) @binding(3) var<storage, read> t1407: array<f32>;
@group(0) @binding(4) var<storage, read> t998: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1411: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k206j_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l19: f32 = p_layers_1_moe_w2[i];
  let l1238: f32 = t1024[0i];
  let v1408: f32 = l19 * l1238;
  let x1400: f32 = t1400[i];
  let x1407: f32 = t1407[i];
  let v1409: f32 = x1400 / x1407;
  let l1241: f32 = t998[0i];
  let v1410: f32 = v1409 * l1241;
  let v1411: f32 = v1408 - v1410;
  t1411[i] = v1411;
}
