// kernel k198t_ew
@group(0) @binding(0) var<storage, read> p_optim_v_blocks_1_attn_wk_b: array<f32>;
@group(0) @binding(1) var<storage, read> t1388: array<f32>;
@group(0) @binding(2) var<storage, read_write> t1397: array<f32>;
@group(0) @binding(3) var<storage, read> p_blocks_1_attn_wk_b: array<f32>;
@group(0) @binding(4) var<storage, read> t1393: array<f32>;
@group(0) @binding(5) var<storage, read> t996: array<f32>;
@group(0) @binding(6) var<storage, read> t995: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1403: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k198t_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l1390: f32 = p_optim_v_blocks_1_attn_wk_b[i];
    let v1394: f32 = l1390 * 0.95f;
    let x1388: f32 = t1388[i];
    let v1395: f32 = x1388 * x1388;
    let v1396: f32 = v1395 * 0.05f;
    let v1397: f32 = v1394 + v1396;
    t1397[i] = v1397;
    let l21: f32 = p_blocks_1_attn_wk_b[i];
    let x1393: f32 = t1393[i];
    let v1398: f32 = sqrt(v1397);
    let l1074: f32 = t996[0i];
    let v1399: f32 = v1398 / l1074;
    let v1400: f32 = v1399 + 1e-8f;
    let v1401: f32 = x1393 / v1400;
    let l1080: f32 = t995[0i];
    let v1402: f32 = v1401 * l1080;
    let v1403: f32 = l21 - v1402;
    t1403[i] = v1403;
  }
}
