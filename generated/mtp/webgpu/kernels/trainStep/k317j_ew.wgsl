// kernel k317j_ew
@group(0) @binding(0) var<storage, read> p_layers_1_mlp_w2_w: array<f32>;
@group(0) @binding(1) var<storage, read> t1608: array<f32>;
@group(0) @binding(2) var<storage, read> t1928: array<f32>;
@group(0) @binding(3) var<storage, read> t1935: array<f32>;
@group(0) @binding(4) var<storage, read> t1582: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1939: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k317j_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l17: f32 = p_layers_1_mlp_w2_w[i];
  let l1783: f32 = t1608[0i];
  let v1936: f32 = l17 * l1783;
  let x1928: f32 = t1928[i];
  let x1935: f32 = t1935[i];
  let v1937: f32 = x1928 / x1935;
  let l1786: f32 = t1582[0i];
  let v1938: f32 = v1937 * l1786;
  let v1939: f32 = v1936 - v1938;
  t1939[i] = v1939;
}
