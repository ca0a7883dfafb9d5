// kernel k198x_ew
@group(0) @binding(0) var<storage, read> p_blocks_1_attn_wo_b: array<f32>;
@group(0) @binding(1) var<storage, read> t1468: array<f32>;
@group(0) @binding(2) var<storage, read_write> t1469: array<f32>;
@group(0) @binding(3) var<storage, read> t551: array<f32>;
@group(0) @binding(4) var<storage, read> t986: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1470: array<f32>;
@group(0) @binding(6) var<storage, read> p_optim_m_blocks_1_ln2_g: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1475: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k198x_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l25: f32 = p_blocks_1_attn_wo_b[i];
    let x1468: f32 = t1468[i];
    let v1469: f32 = l25 - x1468;
    t1469[i] = v1469;
    let l552: f32 = t551[i];
    let l1057: f32 = t986[0i];
    let v1470: f32 = l552 * l1057;
    t1470[i] = v1470;
    let l1471: f32 = p_optim_m_blocks_1_ln2_g[i];
    let v1473: f32 = l1471 * 0.9f;
    let v1474: f32 = v1470 * 0.1f;
    let v1475: f32 = v1473 + v1474;
    t1475[i] = v1475;
  }
}
