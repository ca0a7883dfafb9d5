// kernel k119h_ew
@group(0) @binding(0) var<storage, read> p_optim_m_blocks_0_att_time_decay: array<f32>;
@group(0) @binding(1) var<storage, read> t1020: array<f32>;
@group(0) @binding(2) var<storage, read_write> t1025: array<f32>;
@group(0) @binding(3) var<storage, read> p_optim_v_blocks_0_att_time_decay: array<f32>;
@group(0) @binding(4) var<storage, read_write> t1029: array<f32>;
@group(0) @binding(5) var<storage, read> t911: array<f32>;
@group(0) @binding(6) var<storage, read> t910: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1034: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k119h_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l1021: f32 = p_optim_m_blocks_0_att_time_decay[i];
    let v1023: f32 = l1021 * 0.9f;
    let x1020: f32 = t1020[i];
    let v1024: f32 = x1020 * 0.1f;
    let v1025: f32 = v1023 + v1024;
    t1025[i] = v1025;
    let l1022: f32 = p_optim_v_blocks_0_att_time_decay[i];
    let v1026: f32 = l1022 * 0.95f;
    let v1027: f32 = x1020 * x1020;
    let v1028: f32 = v1027 * 0.05f;
    let v1029: f32 = v1026 + v1028;
    t1029[i] = v1029;
    let v1030: f32 = sqrt(v1029);
    let l963: f32 = t911[0i];
    let v1031: f32 = v1030 / l963;
    let v1032: f32 = v1031 + 1e-8f;
    let v1033: f32 = v1025 / v1032;
    let l969: f32 = t910[0i];
    let v1034: f32 = v1033 * l969;
    t1034[i] = v1034;
  }
}
