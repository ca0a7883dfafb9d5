// kernel k179j_ew
@group(0) @binding(0) var<storage, read> p_optim_v_layers_1_attn_wa2_b: array<f32>;
@group(0) @binding(1) var<storage, read> t1349: array<f32>;
@group(0) @binding(2) var<storage, read_write> t1358: array<f32>;
@group(0) @binding(3) var<storage, read> p_layers_1_attn_wa2_b: array<f32>;
@group(0) @binding(4) var<storage, read> t1354: array<f32>;
@group(0) @binding(5) var<storage, read> t900: array<f32>;
@group(0) @binding(6) var<storage, read> t899: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1364: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k179j_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l1351: f32 = p_optim_v_layers_1_attn_wa2_b[i];
    let v1355: f32 = l1351 * 0.95f;
    let x1349: f32 = t1349[i];
    let v1356: f32 = x1349 * x1349;
    let v1357: f32 = v1356 * 0.05f;
    let v1358: f32 = v1355 + v1357;
    t1358[i] = v1358;
    let l22: f32 = p_layers_1_attn_wa2_b[i];
    let x1354: f32 = t1354[i];
    let v1359: f32 = sqrt(v1358);
    let l952: f32 = t900[0i];
    let v1360: f32 = v1359 / l952;
    let v1361: f32 = v1360 + 1e-8f;
    let v1362: f32 = x1354 / v1361;
    let l958: f32 = t899[0i];
    let v1363: f32 = v1362 * l958;
    let v1364: f32 = l22 - v1363;
    t1364[i] = v1364;
  }
}
