// kernel k119aj_ew
@group(0) @binding(0) var<storage, read> p_optim_m_blocks_1_ln2_b: array<f32>;
@group(0) @binding(1) var<storage, read> t386: array<f32>;
@group(0) @binding(2) var<storage, read> t901: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1502: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_blocks_1_ln2_b: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1506: array<f32>;
@group(0) @binding(6) var<storage, read> t911: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1510: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k119aj_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l1498: f32 = p_optim_m_blocks_1_ln2_b[i];
    let v1500: f32 = l1498 * 0.9f;
    let l387: f32 = t386[i];
    let l946: f32 = t901[0i];
    let v1497: f32 = l387 * l946;
    let v1501: f32 = v1497 * 0.1f;
    let v1502: f32 = v1500 + v1501;
    t1502[i] = v1502;
    let l1499: f32 = p_optim_v_blocks_1_ln2_b[i];
    let v1503: f32 = l1499 * 0.95f;
    let v1504: f32 = v1497 * v1497;
    let v1505: f32 = v1504 * 0.05f;
    let v1506: f32 = v1503 + v1505;
    t1506[i] = v1506;
    let v1507: f32 = sqrt(v1506);
    let l963: f32 = t911[0i];
    let v1508: f32 = v1507 / l963;
    let v1509: f32 = v1508 + 1e-8f;
    let v1510: f32 = v1502 / v1509;
    t1510[i] = v1510;
  }
}
