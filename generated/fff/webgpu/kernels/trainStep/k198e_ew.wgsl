// kernel k198e_ew
@group(0) @binding(0) var<storage, read> p_optim_v_blocks_0_attn_wq_b: array<f32>;
@group(0) @binding(1) var<storage, read> t1116: array<f32>;
@group(0) @binding(2) var<storage, read_write> t1125: array<f32>;
@group(0) @binding(3) var<storage, read> p_blocks_0_attn_wq_b: array<f32>;
@group(0) @binding(4) var<storage, read> t1121: array<f32>;
@group(0) @binding(5) var<storage, read> t996: array<f32>;
@group(0) @binding(6) var<storage, read> t995: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1131: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k198e_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l1118: f32 = p_optim_v_blocks_0_attn_wq_b[i];
    let v1122: f32 = l1118 * 0.95f;
    let x1116: f32 = t1116[i];
    let v1123: f32 = x1116 * x1116;
    let v1124: f32 = v1123 * 0.05f;
    let v1125: f32 = v1122 + v1124;
    t1125[i] = v1125;
    let l5: f32 = p_blocks_0_attn_wq_b[i];
    let x1121: f32 = t1121[i];
    let v1126: f32 = sqrt(v1125);
    let l1074: f32 = t996[0i];
    let v1127: f32 = v1126 / l1074;
    let v1128: f32 = v1127 + 1e-8f;
    let v1129: f32 = x1121 / v1128;
    let l1080: f32 = t995[0i];
    let v1130: f32 = v1129 * l1080;
    let v1131: f32 = l5 - v1130;
    t1131[i] = v1131;
  }
}
