// kernel k179j_ew
@group(0) @binding(0) var<storage, read> p_optim_v_layers_1_attn_wa2_b: array<f32>;
@group(0) @binding(1) var<storage, read> t1299: array<f32>;
@group(0) @binding(2) var<storage, read_write> t1308: array<f32>;
@group(0) @binding(3) var<storage, read> p_layers_1_attn_wa2_b: array<f32>;
@group(0) @binding(4) var<storage, read> t1304: array<f32>;
@group(0) @binding(5) var<storage, read> t850: array<f32>;
@group(0) @binding(6) var<storage, read> t849: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1314: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k179j_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l1301: f32 = p_optim_v_layers_1_attn_wa2_b[i];
    let v1305: f32 = l1301 * 0.95f;
    let x1299: f32 = t1299[i];
    let v1306: f32 = x1299 * x1299;
    let v1307: f32 = v1306 * 0.05f;
    let v1308: f32 = v1305 + v1307;
    t1308[i] = v1308;
    let l22: f32 = p_layers_1_attn_wa2_b[i];
    let x1304: f32 = t1304[i];
    let v1309: f32 = sqrt(v1308);
    let l902: f32 = t850[0i];
    let v1310: f32 = v1309 / l902;
    let v1311: f32 = v1310 + 1e-8f;
    let v1312: f32 = x1304 / v1311;
    let l908: f32 = t849[0i];
    let v1313: f32 = v1312 * l908;
    let v1314: f32 = l22 - v1313;
    t1314[i] = v1314;
  }
}
