// kernel k119al_ew
@group(0) @binding(0) var<storage, read> p_optim_m_blocks_1_ffn_mix_k: array<f32>;
@group(0) @binding(1) var<storage, read> t1513: array<f32>;
@group(0) @binding(2) var<storage, read_write> t1518: array<f32>;
@group(0) @binding(3) var<storage, read> p_optim_v_blocks_1_ffn_mix_k: array<f32>;
@group(0) @binding(4) var<storage, read_write> t1522: array<f32>;
@group(0) @binding(5) var<storage, read> t911: array<f32>;
@group(0) @binding(6) var<storage, read> t910: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1527: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k119al_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l1514: f32 = p_optim_m_blocks_1_ffn_mix_k[i];
    let v1516: f32 = l1514 * 0.9f;
    let x1513: f32 = t1513[i];
    let v1517: f32 = x1513 * 0.1f;
    let v1518: f32 = v1516 + v1517;
    t1518[i] = v1518;
    let l1515: f32 = p_optim_v_blocks_1_ffn_mix_k[i];
    let v1519: f32 = l1515 * 0.95f;
    let v1520: f32 = x1513 * x1513;
    let v1521: f32 = v1520 * 0.05f;
    let v1522: f32 = v1519 + v1521;
    t1522[i] = v1522;
    let v1523: f32 = sqrt(v1522);
    let l963: f32 = t911[0i];
    let v1524: f32 = v1523 / l963;
    let v1525: f32 = v1524 + 1e-8f;
    let v1526: f32 = v1518 / v1525;
    let l969: f32 = t910[0i];
    let v1527: f32 = v1526 * l969;
    t1527[i] = v1527;
  }
}
