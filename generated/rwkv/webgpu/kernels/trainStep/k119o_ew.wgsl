// kernel k119o_ew
@group(0) @binding(0) var<storage, read> p_optim_v_blocks_0_att_mix_r: array<f32>;
@group(0) @binding(1) var<storage, read> t1084: array<f32>;
@group(0) @binding(2) var<storage, read_write> t1093: array<f32>;
@group(0) @binding(3) var<storage, read> p_blocks_0_att_mix_r: array<f32>;
@group(0) @binding(4) var<storage, read> t1089: array<f32>;
@group(0) @binding(5) var<storage, read> t911: array<f32>;
@group(0) @binding(6) var<storage, read> t910: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1099: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k119o_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l1086: f32 = p_optim_v_blocks_0_att_mix_r[i];
    let v1090: f32 = l1086 * 0.95f;
    let x1084: f32 = t1084[i];
    let v1091: f32 = x1084 * x1084;
    let v1092: f32 = v1091 * 0.05f;
    let v1093: f32 = v1090 + v1092;
    t1093[i] = v1093;
    let l9: f32 = p_blocks_0_att_mix_r[i];
    let x1089: f32 = t1089[i];
    let v1094: f32 = sqrt(v1093);
    let l963: f32 = t911[0i];
    let v1095: f32 = v1094 / l963;
    let v1096: f32 = v1095 + 1e-8f;
    let v1097: f32 = x1089 / v1096;
    let l969: f32 = t910[0i];
    let v1098: f32 = v1097 * l969;
    let v1099: f32 = l9 - v1098;
    t1099[i] = v1099;
  }
}
