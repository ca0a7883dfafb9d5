// kernel k144d_ew
@group(0) @binding(0) var<storage, read> p_blocks_0_ffn_key_w: array<f32>;
@group(0) @binding(1) var<storage, read> t1030: array<f32>;
@group(0) @binding(2) var<storage, read> t1343: array<f32>;
@group(0) @binding(3) var<storage, read> t1354: array<f32>;
@group(0) @binding(4) var<storage, read> t1004: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1360: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k144d_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l18: f32 = p_blocks_0_ffn_key_w[i];
  let l1355: f32 = t1030[0i];
  let v1356: f32 = l18 * l1355;
  let x1343: f32 = t1343[i];
  let x1354: f32 = t1354[i];
  let v1357: f32 = x1343 / x1354;
  let l1358: f32 = t1004[0i];
  let v1359: f32 = v1357 * l1358;
  let v1360: f32 = v1356 - v1359;
  t1360[i] = v1360;
}
