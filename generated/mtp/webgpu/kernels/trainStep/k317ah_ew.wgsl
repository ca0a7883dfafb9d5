// kernel k317ah_ew
@group(0) @binding(0) var<storage, read> p_mtp_blocks_3_mlp_w2_w: array<f32>;
@group(0) @binding(1) var<storage, read> t1608: array<f32>;
@group(0) @binding(2) var<storage, read> t2532: array<f32>;
@group(0) @binding(3) var<storage, read> t2539: array<f32>;
@group(0) @binding(4) var<storage, read> t1582: array<f32>;
@group(0) @binding(5) var<storage, read_write> t2543: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k317ah_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l53: f32 = p_mtp_blocks_3_mlp_w2_w[i];
  let l1783: f32 = t1608[0i];
  let v2540: f32 = l53 * l1783;
  let x2532: f32 = t2532[i];
  let x2539: f32 = t2539[i];
  let v2541: f32 = x2532 / x2539;
  let l1786: f32 = t1582[0i];
  let v2542: f32 = v2541 * l1786;
  let v2543: f32 = v2540 - v2542;
  t2543[i] = v2543;
}
