// kernel k315g_ew
@group(0) @binding(0) var<storage, read> p_layers_1_mlp_norm_g: array<f32>;
@group(0) @binding(1) var<storage, read> t1903: array<f32>;
@group(0) @binding(2) var<storage, read> t1582: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1905: array<f32>;
@group(0) @binding(4) var<storage, read> t1081: array<f32>;
@group(0) @binding(5) var<storage, read> t1573: array<f32>;
@group(0) @binding(6) var<storage, read_write> t1957: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k315g_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l15: f32 = p_layers_1_mlp_norm_g[i];
    let x1903: f32 = t1903[i];
    let l1641: f32 = t1582[0i];
    let v1904: f32 = x1903 * l1641;
    let v1905: f32 = l15 - v1904;
    t1905[i] = v1905;
    let l1082: f32 = t1081[i];
    let l1618: f32 = t1573[0i];
    let v1957: f32 = l1082 * l1618;
    t1957[i] = v1957;
  }
}
