// kernel k198k_ew
@group(0) @binding(0) var<storage, read> p_optim_m_blocks_0_ln2_g: array<f32>;
@group(0) @binding(1) var<storage, read> t735: array<f32>;
@group(0) @binding(2) var<storage, read> t986: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1236: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_blocks_0_ln2_g: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1240: array<f32>;
@group(0) @binding(6) var<storage, read> t996: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1244: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k198k_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l1232: f32 = p_optim_m_blocks_0_ln2_g[i];
    let v1234: f32 = l1232 * 0.9f;
    let l736: f32 = t735[i];
    let l1057: f32 = t986[0i];
    let v1231: f32 = l736 * l1057;
    let v1235: f32 = v1231 * 0.1f;
    let v1236: f32 = v1234 + v1235;
    t1236[i] = v1236;
    let l1233: f32 = p_optim_v_blocks_0_ln2_g[i];
    let v1237: f32 = l1233 * 0.95f;
    let v1238: f32 = v1231 * v1231;
    let v1239: f32 = v1238 * 0.05f;
    let v1240: f32 = v1237 + v1239;
    t1240[i] = v1240;
    let v1241: f32 = sqrt(v1240);
    let l1074: f32 = t996[0i];
    let v1242: f32 = v1241 / l1074;
    let v1243: f32 = v1242 + 1e-8f;
    let v1244: f32 = v1236 / v1243;
    t1244[i] = v1244;
  }
}
