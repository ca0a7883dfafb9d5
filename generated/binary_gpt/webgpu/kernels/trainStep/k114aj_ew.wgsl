// kernel k114aj_ew
@group(0) @binding(0) var<storage, read> p_optim_m_blocks_1_ln2_g: array<f32>;
@group(0) @binding(1) var<storage, read> t313: array<f32>;
@group(0) @binding(2) var<storage, read> t701: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1342: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_blocks_1_ln2_g: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1346: array<f32>;
@group(0) @binding(6) var<storage, read> t711: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1350: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k114aj_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l1338: f32 = p_optim_m_blocks_1_ln2_g[i];
    let v1340: f32 = l1338 * 0.9f;
    let l314: f32 = t313[i];
    let l772: f32 = t701[0i];
    let v1337: f32 = l314 * l772;
    let v1341: f32 = v1337 * 0.1f;
    let v1342: f32 = v1340 + v1341;
    t1342[i] = v1342;
    let l1339: f32 = p_optim_v_blocks_1_ln2_g[i];
    let v1343: f32 = l1339 * 0.95f;
    let v1344: f32 = v1337 * v1337;
    let v1345: f32 = v1344 * 0.05f;
    let v1346: f32 = v1343 + v1345;
    t1346[i] = v1346;
    let v1347: f32 = sqrt(v1346);
    let l789: f32 = t711[0i];
    let v1348: f32 = v1347 / l789;
    let v1349: f32 = v1348 + 1e-8f;
    let v1350: f32 = v1342 / v1349;
    t1350[i] = v1350;
  }
}
