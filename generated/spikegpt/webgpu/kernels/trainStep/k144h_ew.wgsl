// kernel k144h_ew
@group(0) @binding(0) var<storage, read> p_blocks_1_ffn_key_w: array<f32>;
@group(0) @binding(1) var<storage, read> t1030: array<f32>;
@group(0) @binding(2) var<storage, read> t1644: array<f32>;
@group(0) @binding(3) var<storage, read> t1651: array<f32>;
@group(0) @binding(4) var<storage, read> t1004: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1655: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k144h_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l36: f32 = p_blocks_1_ffn_key_w[i];
  let l1355: f32 = t1030[0i];
  let v1652: f32 = l36 * l1355;
  let x1644: f32 = t1644[i];
  let x1651: f32 = t1651[i];
  let v1653: f32 = x1644 / x1651;
  let l1358: f32 = t1004[0i];
  let v1654: f32 = v1653 * l1358;
  let v1655: f32 = v1652 - v1654;
  t1655[i] = v1655;
}
