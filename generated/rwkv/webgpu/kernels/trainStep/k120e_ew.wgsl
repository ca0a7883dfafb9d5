// kernel k120e_ew
@group(0) @binding(0) var<storage, read> p_optim_m_blocks_0_att_receptance_w: array<f32>;
@group(0) @binding(1) var<storage, read> t585: array<f32>;
@group(0) @binding(2) var<storage, read> t901: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1148: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_blocks_0_att_receptance_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1152: array<f32>;
@group(0) @binding(6) var<storage, read> t911: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1155: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k120e_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l1144: f32 = p_optim_m_blocks_0_att_receptance_w[i];
  let v1146: f32 = l1144 * 0.9f;
  let l585: f32 = t585[i];
  let l1100: f32 = t901[0i];
  let v1143: f32 = l585 * l1100;
  let v1147: f32 = v1143 * 0.1f;
  let v1148: f32 = v1146 + v1147;
  t1148[i] = v1148;
  let l1145: f32 = p_optim_v_blocks_0_att_receptance_w[i];
  let v1149: f32 = l1145 * 0.95f;
  let v1150: f32 = v1143 * v1143;
  let v1151: f32 = v1150 * 0.05f;
  let v1152: f32 = v1149 + v1151;
  t1152[i] = v1152;
  let v1153: f32 = sqrt(v1152);
  let l1116: f32 = t911[0i];
  let v1154: f32 = v1153 / l1116;
  let v1155: f32 = v1154 + 1e-8f;
  t1155[i] = v1155;
}
