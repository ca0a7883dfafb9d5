// kernel k119i_ew
@group(0) @binding(0) var<storage, read> p_blocks_0_att_time_decay: array<f32>;
@group(0) @binding(1) var<storage, read> t1034: array<f32>;
@group(0) @binding(2) var<storage, read_write> t1035: array<f32>;
@group(0) @binding(3) var<storage, read> t613: array<f32>;
@group(0) @binding(4) var<storage, read> t901: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1036: array<f32>;
@group(0) @binding(6) var<storage, read> p_optim_m_blocks_0_att_time_first: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1041: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k119i_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l5: f32 = p_blocks_0_att_time_decay[i];
    let x1034: f32 = t1034[i];
    let v1035: f32 = l5 - x1034;
    t1035[i] = v1035;
    let l618: f32 = t613[134144i + i];
    let l946: f32 = t901[0i];
    let v1036: f32 = l618 * l946;
    t1036[i] = v1036;
    let l1037: f32 = p_optim_m_blocks_0_att_time_first[i];
    let v1039: f32 = l1037 * 0.9f;
    let v1040: f32 = v1036 * 0.1f;
    let v1041: f32 = v1039 + v1040;
    t1041[i] = v1041;
  }
}
