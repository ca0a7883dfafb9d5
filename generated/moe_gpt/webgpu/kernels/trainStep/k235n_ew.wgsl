// kernel k235n_ew
@group(0) @binding(0) var<storage, read> p_layers_1_moe_w3: array<f32>;
@group(0) @binding(1) var<storage, read> t1126: array<f32>;
@group(0) @binding(2) var<storage, read> t1579: array<f32>;
@group(0) @binding(3) var<storage, read> t1586: array<f32>;
@group(0) @binding(4) var<storage, read> t1100: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1590: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k235n_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l25: f32 = p_layers_1_moe_w3[i];
  let l1304: f32 = t1126[0i];
  let v1587: f32 = l25 * l1304;
  let x1579: f32 = t1579[i];
  let x1586: f32 = t1586[i];
  let v1588: f32 = x1579 / x1586;
  let l1308: f32 = t1100[0i];
  let v1589: f32 = v1588 * l1308;
  let v1590: f32 = v1587 - v1589;
  t1590[i] = v1590;
}
