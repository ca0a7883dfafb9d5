// kernel k145ac_ew
@group(0) @binding(0) var<storage, read> p_blocks_1_att_time_first: array<f32>;
@group(0) @binding(1) var<storage, read> t1457: array<f32>;
@group(0) @binding(2) var<storage, read_write> t1458: array<f32>;
@group(0) @binding(3) var<storage, read> t798: array<f32>;
@group(0) @binding(4) var<storage, read> t995: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1459: array<f32>;
@group(0) @binding(6) var<storage, read> p_optim_m_blocks_1_att_mix_k: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1464: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k145ac_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l24: f32 = p_blocks_1_att_time_first[i];
    let x1457: f32 = t1457[i];
    let v1458: f32 = l24 - x1457;
    t1458[i] = v1458;
    let l798: f32 = t798[i];
    let l1040: f32 = t995[0i];
    let v1459: f32 = l798 * l1040;
    t1459[i] = v1459;
    let l1460: f32 = p_optim_m_blocks_1_att_mix_k[i];
    let v1462: f32 = l1460 * 0.9f;
    let v1463: f32 = v1459 * 0.1f;
    let v1464: f32 = v1462 + v1463;
    t1464[i] = v1464;
  }
}
