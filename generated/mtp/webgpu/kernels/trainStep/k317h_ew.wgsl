// kernel k317h_ew
@group(0) @binding(0) var<storage, read> p_layers_1_mlp_w1_w: array<f32>;
@group(0) @binding(1) var<storage, read> t1608: array<f32>;
@group(0) @binding(2) var<storage, read> t1911: array<f32>;
@group(0) @binding(3) var<storage, read> t1918: array<f32>;
@group(0) @binding(4) var<storage, read> t1582: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1922: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k317h_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l16: f32 = p_layers_1_mlp_w1_w[i];
  let l1757: f32 = t1608[0i];
  let v1919: f32 = l16 * l1757;
  let x1911: f32 = t1911[i];
  let x1918: f32 = t1918[i];
  let v1920: f32 = x1911 / x1918;
  let l1760: f32 = t1582[0i];
  let v1921: f32 = v1920 * l1760;
  let v1922: f32 = v1919 - v1921;
  t1922[i] = v1922;
}
