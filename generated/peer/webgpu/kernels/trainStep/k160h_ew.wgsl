// kernel k160h_ew
@group(0) @binding(0) var<storage, read> p_blocks_1_ffn_keys2: array<f32>;
@group(0) @binding(1) var<storage, read> t843: array<f32>;
@group(0) @binding(2) var<storage, read> t1436: array<f32>;
@group(0) @binding(3) var<storage, read> t1443: array<f32>;
@group(0) @binding(4) var<storage, read> t817: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1447: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k160h_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l33: f32 = p_blocks_1_ffn_keys2[i];
  let l1134: f32 = t843[0i];
  let v1444: f32 = l33 * l1134;
  let x1436: f32 = t1436[i];
  let x1443: f32 = t1443[i];
  let v1445: f32 = x1436 / x1443;
  let l1138: f32 = t817[0i];
  let v1446: f32 = v1445 * l1138;
  let v1447: f32 = v1444 - v1446;
  t1447[i] = v1447;
}
