// kernel k114u_ew
@group(0) @binding(0) var<storage, read> p_optim_m_blocks_1_ln1_g: array<f32>;
@group(0) @binding(1) var<storage, read> t378: array<f32>;
@group(0) @binding(2) var<storage, read> t701: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1130: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_blocks_1_ln1_g: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1134: array<f32>;
@group(0) @binding(6) var<storage, read> t711: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1138: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k114u_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l1126: f32 = p_optim_m_blocks_1_ln1_g[i];
    let v1128: f32 = l1126 * 0.9f;
    let l379: f32 = t378[i];
    let l772: f32 = t701[0i];
    let v1125: f32 = l379 * l772;
    let v1129: f32 = v1125 * 0.1f;
    let v1130: f32 = v1128 + v1129;
    t1130[i] = v1130;
    let l1127: f32 = p_optim_v_blocks_1_ln1_g[i];
    let v1131: f32 = l1127 * 0.95f;
    let v1132: f32 = v1125 * v1125;
    let v1133: f32 = v1132 * 0.05f;
    let v1134: f32 = v1131 + v1133;
    t1134[i] = v1134;
    let v1135: f32 = sqrt(v1134);
    let l789: f32 = t711[0i];
    let v1136: f32 = v1135 / l789;
    let v1137: f32 = v1136 + 1e-8f;
    let v1138: f32 = v1130 / v1137;
    t1138[i] = v1138;
  }
}
