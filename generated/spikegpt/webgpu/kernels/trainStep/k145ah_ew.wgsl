// kernel k145ah_ew
@group(0) @binding(0) var<storage, read> p_blocks_1_att_mix_r: array<f32>;
@group(0) @binding(1) var<storage, read> t1505: array<f32>;
@group(0) @binding(2) var<storage, read_write> t1506: array<f32>;
@group(0) @binding(3) var<storage, read> t441: array<f32>;
@group(0) @binding(4) var<storage, read> t995: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1575: array<f32>;
@group(0) @binding(6) var<storage, read> p_optim_m_blocks_1_ln2_g: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1580: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k145ah_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l27: f32 = p_blocks_1_att_mix_r[i];
    let x1505: f32 = t1505[i];
    let v1506: f32 = l27 - x1505;
    t1506[i] = v1506;
    let l442: f32 = t441[i];
    let l1040: f32 = t995[0i];
    let v1575: f32 = l442 * l1040;
    t1575[i] = v1575;
    let l1576: f32 = p_optim_m_blocks_1_ln2_g[i];
    let v1578: f32 = l1576 * 0.9f;
    let v1579: f32 = v1575 * 0.1f;
    let v1580: f32 = v1578 + v1579;
    t1580[i] = v1580;
  }
}
