// kernel k197c_ew
@group(0) @binding(0) var<storage, read> p_optim_m_blocks_0_attn_wq_w: array<f32>;
@group(0) @binding(1) var<storage, read> t783: array<f32>;
@group(0) @binding(2) var<storage, read> t986: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1104: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_blocks_0_attn_wq_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1108: array<f32>;
@group(0) @binding(6) var<storage, read> t996: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1111: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k197c_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l1100: f32 = p_optim_m_blocks_0_attn_wq_w[i];
  let v1102: f32 = l1100 * 0.9f;
  let l783: f32 = t783[i];
  let l1030: f32 = t986[0i];
  let v1099: f32 = l783 * l1030;
  let v1103: f32 = v1099 * 0.1f;
  let v1104: f32 = v1102 + v1103;
  t1104[i] = v1104;
  let l1101: f32 = p_optim_v_blocks_0_attn_wq_w[i];
  let v1105: f32 = l1101 * 0.95f;
  let v1106: f32 = v1099 * v1099;
  let v1107: f32 = v1106 * 0.05f;
  let v1108: f32 = v1105 + v1107;
  t1108[i] = v1108;
  let v1109: f32 = sqrt(v1108);
  let l1046: f32 = t996[0i];
  let v1110: f32 = v1109 / l1046;
  let v1111: f32 = v1110 + 1e-8f;
  t1111[i] = v1111;
}
