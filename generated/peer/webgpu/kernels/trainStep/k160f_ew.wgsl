// kernel k160f_ew
@group(0) @binding(0) var<storage, read> p_blocks_1_ffn_keys1: array<f32>;
@group(0) @binding(1) var<storage, read> t843: array<f32>;
@group(0) @binding(2) var<storage, read> t1419: array<f32>;
@group(0) @binding(3) var<storage, read> t1426: array<f32>;
@group(0) @binding(4) var<storage, read> t817: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1430: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k160f_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l32: f32 = p_blocks_1_ffn_keys1[i];
  let l1134: f32 = t843[0i];
  let v1427: f32 = l32 * l1134;
  let x1419: f32 = t1419[i];
  let x1426: f32 = t1426[i];
  let v1428: f32 = x1419 / x1426;
  let l1138: f32 = t817[0i];
  let v1429: f32 = v1428 * l1138;
  let v1430: f32 = v1427 - v1429;
  t1430[i] = v1430;
}
