// kernel k158m_ew
@group(0) @binding(0) var<storage, read> p_optim_m_blocks_0_ln2_b: array<f32>;
@group(0) @binding(1) var<storage, read> t1069: array<f32>;
@group(0) @binding(2) var<storage, read_write> t1074: array<f32>;
@group(0) @binding(3) var<storage, read> p_optim_v_blocks_0_ln2_b: array<f32>;
@group(0) @binding(4) var<storage, read_write> t1078: array<f32>;
@group(0) @binding(5) var<storage, read> t818: array<f32>;
@group(0) @binding(6) var<storage, read> t817: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1083: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k158m_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l1070: f32 = p_optim_m_blocks_0_ln2_b[i];
    let v1072: f32 = l1070 * 0.9f;
    let x1069: f32 = t1069[i];
    let v1073: f32 = x1069 * 0.1f;
    let v1074: f32 = v1072 + v1073;
    t1074[i] = v1074;
    let l1071: f32 = p_optim_v_blocks_0_ln2_b[i];
    let v1075: f32 = l1071 * 0.95f;
    let v1076: f32 = x1069 * x1069;
    let v1077: f32 = v1076 * 0.05f;
    let v1078: f32 = v1075 + v1077;
    t1078[i] = v1078;
    let v1079: f32 = sqrt(v1078);
    let l896: f32 = t818[0i];
    let v1080: f32 = v1079 / l896;
    let v1081: f32 = v1080 + 1e-8f;
    let v1082: f32 = v1074 / v1081;
    let l902: f32 = t817[0i];
    let v1083: f32 = v1082 * l902;
    t1083[i] = v1083;
  }
}
