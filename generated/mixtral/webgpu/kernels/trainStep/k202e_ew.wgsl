// kernel k202e_ew
@group(0) @binding(0) var<storage, read> p_optim_v_layers_1_attn_norm_g: array<f32>;
@group(0) @binding(1) var<storage, read> t1261: array<f32>;
@group(0) @binding(2) var<storage, read_write> t1270: array<f32>;
@group(0) @binding(3) var<storage, read> p_layers_1_attn_norm_g: array<f32>;
@group(0) @binding(4) var<storage, read> t1266: array<f32>;
@group(0) @binding(5) var<storage, read> t999: array<f32>;
@group(0) @binding(6) var<storage, read> t998: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1276: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k202e_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l1263: f32 = p_optim_v_layers_1_attn_norm_g[i];
    let v1267: f32 = l1263 * 0.95f;
    let x1261: f32 = t1261[i];
    let v1268: f32 = x1261 * x1261;
    let v1269: f32 = v1268 * 0.05f;
    let v1270: f32 = v1267 + v1269;
    t1270[i] = v1270;
    let l11: f32 = p_layers_1_attn_norm_g[i];
    let x1266: f32 = t1266[i];
    let v1271: f32 = sqrt(v1270);
    let l1051: f32 = t999[0i];
    let v1272: f32 = v1271 / l1051;
    let v1273: f32 = v1272 + 1e-8f;
    let v1274: f32 = x1266 / v1273;
    let l1057: f32 = t998[0i];
    let v1275: f32 = v1274 * l1057;
    let v1276: f32 = l11 - v1275;
    t1276[i] = v1276;
  }
}
