// kernel k198p_ew
@group(0) @binding(0) var<storage, read> p_optim_m_blocks_1_ln1_b: array<f32>;
@group(0) @binding(1) var<storage, read> t602: array<f32>;
@group(0) @binding(2) var<storage, read> t986: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1327: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_blocks_1_ln1_b: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1331: array<f32>;
@group(0) @binding(6) var<storage, read> t996: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1335: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k198p_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l1323: f32 = p_optim_m_blocks_1_ln1_b[i];
    let v1325: f32 = l1323 * 0.9f;
    let l603: f32 = t602[i];
    let l1057: f32 = t986[0i];
    let v1322: f32 = l603 * l1057;
    let v1326: f32 = v1322 * 0.1f;
    let v1327: f32 = v1325 + v1326;
    t1327[i] = v1327;
    let l1324: f32 = p_optim_v_blocks_1_ln1_b[i];
    let v1328: f32 = l1324 * 0.95f;
    let v1329: f32 = v1322 * v1322;
    let v1330: f32 = v1329 * 0.05f;
    let v1331: f32 = v1328 + v1330;
    t1331[i] = v1331;
    let v1332: f32 = sqrt(v1331);
    let l1074: f32 = t996[0i];
    let v1333: f32 = v1332 / l1074;
    let v1334: f32 = v1333 + 1e-8f;
    let v1335: f32 = v1327 / v1334;
    t1335[i] = v1335;
  }
}
