// kernel k198o_ew
@group(0) @binding(0) var<storage, read> p_optim_v_blocks_1_ln1_g: array<f32>;
@group(0) @binding(1) var<storage, read> t1306: array<f32>;
@group(0) @binding(2) var<storage, read_write> t1315: array<f32>;
@group(0) @binding(3) var<storage, read> p_blocks_1_ln1_g: array<f32>;
@group(0) @binding(4) var<storage, read> t1311: array<f32>;
@group(0) @binding(5) var<storage, read> t996: array<f32>;
@group(0) @binding(6) var<storage, read> t995: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1321: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k198o_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l1308: f32 = p_optim_v_blocks_1_ln1_g[i];
    let v1312: f32 = l1308 * 0.95f;
    let x1306: f32 = t1306[i];
    let v1313: f32 = x1306 * x1306;
    let v1314: f32 = v1313 * 0.05f;
    let v1315: f32 = v1312 + v1314;
    t1315[i] = v1315;
    let l16: f32 = p_blocks_1_ln1_g[i];
    let x1311: f32 = t1311[i];
    let v1316: f32 = sqrt(v1315);
    let l1074: f32 = t996[0i];
    let v1317: f32 = v1316 / l1074;
    let v1318: f32 = v1317 + 1e-8f;
    let v1319: f32 = x1311 / v1318;
    let l1080: f32 = t995[0i];
    let v1320: f32 = v1319 * l1080;
    let v1321: f32 = l16 - v1320;
    t1321[i] = v1321;
  }
}
