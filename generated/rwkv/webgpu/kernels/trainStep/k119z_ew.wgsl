// kernel k119z_ew
@group(0) @binding(0) var<storage, read> p_optim_m_blocks_1_att_time_decay: array<f32>;
@group(0) @binding(1) var<storage, read> t478: array<f32>;
@group(0) @binding(2) var<storage, read> t901: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1338: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_blocks_1_att_time_decay: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1342: array<f32>;
@group(0) @binding(6) var<storage, read> t911: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1346: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k119z_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l1334: f32 = p_optim_m_blocks_1_att_time_decay[i];
    let v1336: f32 = l1334 * 0.9f;
    let l478: f32 = t478[i];
    let l946: f32 = t901[0i];
    let v1333: f32 = l478 * l946;
    let v1337: f32 = v1333 * 0.1f;
    let v1338: f32 = v1336 + v1337;
    t1338[i] = v1338;
    let l1335: f32 = p_optim_v_blocks_1_att_time_decay[i];
    let v1339: f32 = l1335 * 0.95f;
    let v1340: f32 = v1333 * v1333;
    let v1341: f32 = v1340 * 0.05f;
    let v1342: f32 = v1339 + v1341;
    t1342[i] = v1342;
    let v1343: f32 = sqrt(v1342);
    let l963: f32 = t911[0i];
    let v1344: f32 = v1343 / l963;
    let v1345: f32 = v1344 + 1e-8f;
    let v1346: f32 = v1338 / v1345;
    t1346[i] = v1346;
  }
}
