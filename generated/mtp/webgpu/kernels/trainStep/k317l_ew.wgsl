// kernel k317l_ew
@group(0) @binding(0) var<storage, read> p_layers_1_mlp_w3_w: array<f32>;
@group(0) @binding(1) var<storage, read> t1608: array<f32>;
@group(0) @binding(2) var<storage, read> t1945: array<f32>;
@group(0) @binding(3) var<storage, read> t1952: array<f32>;
@group(0) @binding(4) var<storage, read> t1582: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1956: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k317l_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l18: f32 = p_layers_1_mlp_w3_w[i];
  let l1757: f32 = t1608[0i];
  let v1953: f32 = l18 * l1757;
  let x1945: f32 = t1945[i];
  let x1952: f32 = t1952[i];
  let v1954: f32 = x1945 / x1952;
  let l1760: f32 = t1582[0i];
  let v1955: f32 = v1954 * l1760;
  let v1956: f32 = v1953 - v1955;
  t1956[i] = v1956;
}
