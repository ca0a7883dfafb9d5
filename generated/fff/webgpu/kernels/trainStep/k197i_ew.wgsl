// kernel k197i_ew
@group(0) @binding(0) var<storage, read> p_optim_m_blocks_0_attn_wo_w: array<f32>;
@group(0) @binding(1) var<storage, read> t758: array<f32>;
@group(0) @binding(2) var<storage, read> t986: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1203: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_blocks_0_attn_wo_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1207: array<f32>;
@group(0) @binding(6) var<storage, read> t996: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1210: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k197i_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l1199: f32 = p_optim_m_blocks_0_attn_wo_w[i];
  let v1201: f32 = l1199 * 0.9f;
  let l759: f32 = t758[i];
  let l1030: f32 = t986[0i];
  let v1198: f32 = l759 * l1030;
  let v1202: f32 = v1198 * 0.1f;
  let v1203: f32 = v1201 + v1202;
  t1203[i] = v1203;
  let l1200: f32 = p_optim_v_blocks_0_attn_wo_w[i];
  let v1204: f32 = l1200 * 0.95f;
  let v1205: f32 = v1198 * v1198;
  let v1206: f32 = v1205 * 0.05f;
  let v1207: f32 = v1204 + v1206;
  t1207[i] = v1207;
  let v1208: f32 = sqrt(v1207);
  let l1046: f32 = t996[0i];
  let v1209: f32 = v1208 / l1046;
  let v1210: f32 = v1209 + 1e-8f;
  t1210[i] = v1210;
}
