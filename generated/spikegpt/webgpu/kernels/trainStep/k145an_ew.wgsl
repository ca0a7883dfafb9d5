// kernel k145an_ew
@group(0) @binding(0) var<storage, read> p_optim_v_blocks_1_ffn_mix_r: array<f32>;
@group(0) @binding(1) var<storage, read> t1623: array<f32>;
@group(0) @binding(2) var<storage, read_write> t1632: array<f32>;
@group(0) @binding(3) var<storage, read> p_blocks_1_ffn_mix_r: array<f32>;
@group(0) @binding(4) var<storage, read> t1628: array<f32>;
@group(0) @binding(5) var<storage, read> t1005: array<f32>;
@group(0) @binding(6) var<storage, read> t1004: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1638: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k145an_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l1625: f32 = p_optim_v_blocks_1_ffn_mix_r[i];
    let v1629: f32 = l1625 * 0.95f;
    let x1623: f32 = t1623[i];
    let v1630: f32 = x1623 * x1623;
    let v1631: f32 = v1630 * 0.05f;
    let v1632: f32 = v1629 + v1631;
    t1632[i] = v1632;
    let l35: f32 = p_blocks_1_ffn_mix_r[i];
    let x1628: f32 = t1628[i];
    let v1633: f32 = sqrt(v1632);
    let l1057: f32 = t1005[0i];
    let v1634: f32 = v1633 / l1057;
    let v1635: f32 = v1634 + 1e-8f;
    let v1636: f32 = x1628 / v1635;
    let l1063: f32 = t1004[0i];
    let v1637: f32 = v1636 * l1063;
    let v1638: f32 = l35 - v1637;
    t1638[i] = v1638;
  }
}
