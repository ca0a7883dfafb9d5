// kernel k145am_ew
@group(0) @binding(0) var<storage, read> p_blocks_1_ffn_mix_k: array<f32>;
@group(0) @binding(1) var<storage, read> t1621: array<f32>;
@group(0) @binding(2) var<storage, read_write> t1622: array<f32>;
@group(0) @binding(3) var<storage, read> t794: array<f32>;
@group(0) @binding(4) var<storage, read> t995: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1623: array<f32>;
@group(0) @binding(6) var<storage, read> p_optim_m_blocks_1_ffn_mix_r: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1628: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k145am_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l34: f32 = p_blocks_1_ffn_mix_k[i];
    let x1621: f32 = t1621[i];
    let v1622: f32 = l34 - x1621;
    t1622[i] = v1622;
    let l794: f32 = t794[i];
    let l1040: f32 = t995[0i];
    let v1623: f32 = l794 * l1040;
    t1623[i] = v1623;
    let l1624: f32 = p_optim_m_blocks_1_ffn_mix_r[i];
    let v1626: f32 = l1624 * 0.9f;
    let v1627: f32 = v1623 * 0.1f;
    let v1628: f32 = v1626 + v1627;
    t1628[i] = v1628;
  }
}
