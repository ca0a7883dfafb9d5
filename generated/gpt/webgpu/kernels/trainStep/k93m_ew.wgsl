// kernel k93m_ew
@group(0) @binding(0) var<storage, read> p_optim_m_blocks_1_attn_wk_w: array<f32>;
@group(0) @binding(1) var<storage, read> t334: array<f32>;
@group(0) @binding(2) var<storage, read> t636: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1066: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_blocks_1_attn_wk_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1070: array<f32>;
@group(0) @binding(6) var<storage, read> t646: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1073: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k93m_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l1062: f32 = p_optim_m_blocks_1_attn_wk_w[i];
  let v1064: f32 = l1062 * 0.9f;
  let l334: f32 = t334[i];
  let l680: f32 = t636[0i];
  let v1061: f32 = l334 * l680;
  let v1065: f32 = v1061 * 0.1f;
  let v1066: f32 = v1064 + v1065;
  t1066[i] = v1066;
  let l1063: f32 = p_optim_v_blocks_1_attn_wk_w[i];
  let v1067: f32 = l1063 * 0.95f;
  let v1068: f32 = v1061 * v1061;
  let v1069: f32 = v1068 * 0.05f;
  let v1070: f32 = v1067 + v1069;
  t1070[i] = v1070;
  let v1071: f32 = sqrt(v1070);
  let l696: f32 = t646[0i];
  let v1072: f32 = v1071 / l696;
  let v1073: f32 = v1072 + 1e-8f;
  t1073[i] = v1073;
}
