// kernel k200e_ew
@group(0) @binding(0) var<storage, read> p_optim_v_layers_1_attn_norm_g: array<f32>;
@group(0) @binding(1) var<storage, read> t1230: array<f32>;
@group(0) @binding(2) var<storage, read_write> t1239: array<f32>;
@group(0) @binding(3) var<storage, read> p_layers_1_attn_norm_g: array<f32>;
@group(0) @binding(4) var<storage, read> t1235: array<f32>;
@group(0) @binding(5) var<storage, read> t968: array<f32>;
@group(0) @binding(6) var<storage, read> t967: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1245: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k200e_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l1232: f32 = p_optim_v_layers_1_attn_norm_g[i];
    let v1236: f32 = l1232 * 0.95f;
    let x1230: f32 = t1230[i];
    let v1237: f32 = x1230 * x1230;
    let v1238: f32 = v1237 * 0.05f;
    let v1239: f32 = v1236 + v1238;
    t1239[i] = v1239;
    let l11: f32 = p_layers_1_attn_norm_g[i];
    let x1235: f32 = t1235[i];
    let v1240: f32 = sqrt(v1239);
    let l1020: f32 = t968[0i];
    let v1241: f32 = v1240 / l1020;
    let v1242: f32 = v1241 + 1e-8f;
    let v1243: f32 = x1235 / v1242;
    let l1026: f32 = t967[0i];
    let v1244: f32 = v1243 * l1026;
    let v1245: f32 = l11 - v1244;
    t1245[i] = v1245;
  }
}
