// kernel k145j_ew
@group(0) @binding(0) var<storage, read> p_optim_v_blocks_0_att_time_first: array<f32>;
@group(0) @binding(1) var<storage, read> t1130: array<f32>;
@group(0) @binding(2) var<storage, read_write> t1139: array<f32>;
@group(0) @binding(3) var<storage, read> p_blocks_0_att_time_first: array<f32>;
@group(0) @binding(4) var<storage, read> t1135: array<f32>;
@group(0) @binding(5) var<storage, read> t1005: array<f32>;
@group(0) @binding(6) var<storage, read> t1004: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1145: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k145j_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l1132: f32 = p_optim_v_blocks_0_att_time_first[i];
    let v1136: f32 = l1132 * 0.95f;
    let x1130: f32 = t1130[i];
    let v1137: f32 = x1130 * x1130;
    let v1138: f32 = v1137 * 0.05f;
    let v1139: f32 = v1136 + v1138;
    t1139[i] = v1139;
    let l6: f32 = p_blocks_0_att_time_first[i];
    let x1135: f32 = t1135[i];
    let v1140: f32 = sqrt(v1139);
    let l1057: f32 = t1005[0i];
    let v1141: f32 = v1140 / l1057;
    let v1142: f32 = v1141 + 1e-8f;
    let v1143: f32 = x1135 / v1142;
    let l1063: f32 = t1004[0i];
    let v1144: f32 = v1143 * l1063;
    let v1145: f32 = l6 - v1144;
    t1145[i] = v1145;
  }
}
