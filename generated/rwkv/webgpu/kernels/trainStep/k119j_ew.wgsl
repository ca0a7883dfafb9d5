// kernel k119j_ew
@group(0) @binding(0) var<storage, read> p_optim_v_blocks_0_att_time_first: array<f32>;
@group(0) @binding(1) var<storage, read> t1036: array<f32>;
@group(0) @binding(2) var<storage, read_write> t1045: array<f32>;
@group(0) @binding(3) var<storage, read> p_blocks_0_att_time_first: array<f32>;
@group(0) @binding(4) var<storage, read> t1041: array<f32>;
@group(0) @binding(5) var<storage, read> t911: array<f32>;
@group(0) @binding(6) var<storage, read> t910: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1051: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k119j_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l1038: f32 = p_optim_v_blocks_0_att_time_first[i];
    let v1042: f32 = l1038 * 0.95f;
    let x1036: f32 = t1036[i];
    let v1043: f32 = x1036 * x1036;
    let v1044: f32 = v1043 * 0.05f;
    let v1045: f32 = v1042 + v1044;
    t1045[i] = v1045;
    let l6: f32 = p_blocks_0_att_time_first[i];
    let x1041: f32 = t1041[i];
    let v1046: f32 = sqrt(v1045);
    let l963: f32 = t911[0i];
    let v1047: f32 = v1046 / l963;
    let v1048: f32 = v1047 + 1e-8f;
    let v1049: f32 = x1041 / v1048;
    let l969: f32 = t910[0i];
    let v1050: f32 = v1049 * l969;
    let v1051: f32 = l6 - v1050;
    t1051[i] = v1051;
  }
}
