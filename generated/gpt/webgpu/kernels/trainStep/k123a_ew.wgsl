// kernel k123a_ew
@group(0) @binding(0) var<storage, read> p_optim_m_blocks_1_mlp_proj_b: array<f32>;
@group(0) @binding(1) var<storage, read> t299: array<f32>;
@group(0) @binding(2) var<storage, read> t679: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1290: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_blocks_1_mlp_proj_b: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1294: array<f32>;
@group(0) @binding(6) var<storage, read> t689: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1298: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k123a_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l1286: f32 = p_optim_m_blocks_1_mlp_proj_b[i];
    let v1288: f32 = l1286 * 0.9f;
    let l300: f32 = t299[i];
    let l750: f32 = t679[0i];
    let v1285: f32 = l300 * l750;
    let v1289: f32 = v1285 * 0.1f;
    let v1290: f32 = v1288 + v1289;
    t1290[i] = v1290;
    let l1287: f32 = p_optim_v_blocks_1_mlp_proj_b[i];
    let v1291: f32 = l1287 * 0.95f;
    let v1292: f32 = v1285 * v1285;
    let v1293: f32 = v1292 * 0.05f;
    let v1294: f32 = v1291 + v1293;
    t1294[i] = v1294;
    let v1295: f32 = sqrt(v1294);
    let l767: f32 = t689[0i];
    let v1296: f32 = v1295 / l767;
    let v1297: f32 = v1296 + 1e-8f;
    let v1298: f32 = v1290 / v1297;
    t1298[i] = v1298;
  }
}
