// kernel k198ab_ew
@group(0) @binding(0) var<storage, read> p_optim_m_ln_f_g: array<f32>;
@group(0) @binding(1) var<storage, read> t1536: array<f32>;
@group(0) @binding(2) var<storage, read_write> t1541: array<f32>;
@group(0) @binding(3) var<storage, read> p_optim_v_ln_f_g: array<f32>;
@group(0) @binding(4) var<storage, read_write> t1545: array<f32>;
@group(0) @binding(5) var<storage, read> t996: array<f32>;
@group(0) @binding(6) var<storage, read> t995: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1550: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k198ab_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l1537: f32 = p_optim_m_ln_f_g[i];
    let v1539: f32 = l1537 * 0.9f;
    let x1536: f32 = t1536[i];
    let v1540: f32 = x1536 * 0.1f;
    let v1541: f32 = v1539 + v1540;
    t1541[i] = v1541;
    let l1538: f32 = p_optim_v_ln_f_g[i];
    let v1542: f32 = l1538 * 0.95f;
    let v1543: f32 = x1536 * x1536;
    let v1544: f32 = v1543 * 0.05f;
    let v1545: f32 = v1542 + v1544;
    t1545[i] = v1545;
    let v1546: f32 = sqrt(v1545);
    let l1074: f32 = t996[0i];
    let v1547: f32 = v1546 / l1074;
    let v1548: f32 = v1547 + 1e-8f;
    let v1549: f32 = v1541 / v1548;
    let l1080: f32 = t995[0i];
    let v1550: f32 = v1549 * l1080;
    t1550[i] = v1550;
  }
}
