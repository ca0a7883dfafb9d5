// kernel k145e_ew
@group(0) @binding(0) var<storage, read> p_optim_v_blocks_0_ln1_g: array<f32>;
@group(0) @binding(1) var<storage, read> t1082: array<f32>;
@group(0) @binding(2) var<storage, read_write> t1091: array<f32>;
@group(0) @binding(3) var<storage, read> p_blocks_0_ln1_g: array<f32>;
@group(0) @binding(4) var<storage, read> t1087: array<f32>;
@group(0) @binding(5) var<storage, read> t1005: array<f32>;
@group(0) @binding(6) var<storage, read> t1004: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1097: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k145e_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l1084: f32 = p_optim_v_blocks_0_ln1_g[i];
    let v1088: f32 = l1084 * 0.95f;
    let x1082: f32 = t1082[i];
    let v1089: f32 = x1082 * x1082;
    let v1090: f32 = v1089 * 0.05f;
    let v1091: f32 = v1088 + v1090;
    t1091[i] = v1091;
    let l3: f32 = p_blocks_0_ln1_g[i];
    let x1087: f32 = t1087[i];
    let v1092: f32 = sqrt(v1091);
    let l1057: f32 = t1005[0i];
    let v1093: f32 = v1092 / l1057;
    let v1094: f32 = v1093 + 1e-8f;
    let v1095: f32 = x1087 / v1094;
    let l1063: f32 = t1004[0i];
    let v1096: f32 = v1095 * l1063;
    let v1097: f32 = l3 - v1096;
    t1097[i] = v1097;
  }
}
