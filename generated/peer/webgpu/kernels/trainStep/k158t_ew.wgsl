// kernel k158t_ew
@group(0) @binding(0) var<storage, read> p_optim_v_blocks_1_attn_wk_b: array<f32>;
@group(0) @binding(1) var<storage, read> t1283: array<f32>;
@group(0) @binding(2) var<storage, read_write> t1292: array<f32>;
@group(0) @binding(3) var<storage, read> p_blocks_1_attn_wk_b: array<f32>;
@group(0) @binding(4) var<storage, read> t1288: array<f32>;
@group(0) @binding(5) var<storage, read> t818: array<f32>;
@group(0) @binding(6) var<storage, read> t817: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1298: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k158t_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l1285: f32 = p_optim_v_blocks_1_attn_wk_b[i];
    let v1289: f32 = l1285 * 0.95f;
    let x1283: f32 = t1283[i];
    let v1290: f32 = x1283 * x1283;
    let v1291: f32 = v1290 * 0.05f;
    let v1292: f32 = v1289 + v1291;
    t1292[i] = v1292;
    let l24: f32 = p_blocks_1_attn_wk_b[i];
    let x1288: f32 = t1288[i];
    let v1293: f32 = sqrt(v1292);
    let l896: f32 = t818[0i];
    let v1294: f32 = v1293 / l896;
    let v1295: f32 = v1294 + 1e-8f;
    let v1296: f32 = x1288 / v1295;
    let l902: f32 = t817[0i];
    let v1297: f32 = v1296 * l902;
    let v1298: f32 = l24 - v1297;
    t1298[i] = v1298;
  }
}
