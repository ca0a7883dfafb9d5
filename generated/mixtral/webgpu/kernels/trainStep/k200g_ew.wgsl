// kernel k200g_ew
@group(0) @binding(0) var<storage, read> p_layers_1_moe_norm_g: array<f32>;
@group(0) @binding(1) var<storage, read> t1327: array<f32>;
@group(0) @binding(2) var<storage, read> t967: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1329: array<f32>;
@group(0) @binding(4) var<storage, read> t338: array<f32>;
@group(0) @binding(5) var<storage, read> t958: array<f32>;
@group(0) @binding(6) var<storage, read_write> t1398: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k200g_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l16: f32 = p_layers_1_moe_norm_g[i];
    let x1327: f32 = t1327[i];
    let l1026: f32 = t967[0i];
    let v1328: f32 = x1327 * l1026;
    let v1329: f32 = l16 - v1328;
    t1329[i] = v1329;
    let l339: f32 = t338[i];
    let l1003: f32 = t958[0i];
    let v1398: f32 = l339 * l1003;
    t1398[i] = v1398;
  }
}
