// kernel k119d_ew
@group(0) @binding(0) var<storage, read> p_ln0_b: array<f32>;
@group(0) @binding(1) var<storage, read> t986: array<f32>;
@group(0) @binding(2) var<storage, read_write> t987: array<f32>;
@group(0) @binding(3) var<storage, read> t656: array<f32>;
@group(0) @binding(4) var<storage, read> t901: array<f32>;
@group(0) @binding(5) var<storage, read_write> t988: array<f32>;
@group(0) @binding(6) var<storage, read> p_optim_m_blocks_0_ln1_g: array<f32>;
@group(0) @binding(7) var<storage, read_write> t993: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k119d_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l2: f32 = p_ln0_b[i];
    let x986: f32 = t986[i];
    let v987: f32 = l2 - x986;
    t987[i] = v987;
    let l657: f32 = t656[i];
    let l946: f32 = t901[0i];
    let v988: f32 = l657 * l946;
    t988[i] = v988;
    let l989: f32 = p_optim_m_blocks_0_ln1_g[i];
    let v991: f32 = l989 * 0.9f;
    let v992: f32 = v988 * 0.1f;
    let v993: f32 = v991 + v992;
    t993[i] = v993;
  }
}
