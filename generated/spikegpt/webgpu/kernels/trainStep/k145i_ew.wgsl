// kernel k145i_ew
@group(0) @binding(0) var<storage, read> p_blocks_0_att_time_decay: array<f32>;
@group(0) @binding(1) var<storage, read> t1128: array<f32>;
@group(0) @binding(2) var<storage, read_write> t1129: array<f32>;
@group(0) @binding(3) var<storage, read> t706: array<f32>;
@group(0) @binding(4) var<storage, read> t995: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1130: array<f32>;
@group(0) @binding(6) var<storage, read> p_optim_m_blocks_0_att_time_first: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1135: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k145i_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l5: f32 = p_blocks_0_att_time_decay[i];
    let x1128: f32 = t1128[i];
    let v1129: f32 = l5 - x1128;
    t1129[i] = v1129;
    let l711: f32 = t706[134144i + i];
    let l1040: f32 = t995[0i];
    let v1130: f32 = l711 * l1040;
    t1130[i] = v1130;
    let l1131: f32 = p_optim_m_blocks_0_att_time_first[i];
    let v1133: f32 = l1131 * 0.9f;
    let v1134: f32 = v1130 * 0.1f;
    let v1135: f32 = v1133 + v1134;
    t1135[i] = v1135;
  }
}
