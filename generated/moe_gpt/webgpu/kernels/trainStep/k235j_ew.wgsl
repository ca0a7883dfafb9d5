// kernel k235j_ew
@group(0) @binding(0) var<storage, read> p_layers_1_moe_w1: array<f32>;
@group(0) @binding(1) var<storage, read> t1126: array<f32>;
@group(0) @binding(2) var<storage, read> t1545: array<f32>;
@group(0) @binding(3) var<storage, read> t1552: array<f32>;
@group(0) @binding(4) var<storage, read> t1100: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1556: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k235j_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l23: f32 = p_layers_1_moe_w1[i];
  let l1304: f32 = t1126[0i];
  let v1553: f32 = l23 * l1304;
  let x1545: f32 = t1545[i];
  let x1552: f32 = t1552[i];
  let v1554: f32 = x1545 / x1552;
  let l1308: f32 = t1100[0i];
  let v1555: f32 = v1554 * l1308;
  let v1556: f32 = v1553 - v1555;
  t1556[i] = v1556;
}
