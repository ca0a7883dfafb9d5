// kernel k120a_ew
@group(0) @binding(0) var<storage, read> p_optim_m_blocks_0_att_key_w: array<f32>;
@group(0) @binding(1) var<storage, read> t634: array<f32>;
@group(0) @binding(2) var<storage, read> t901: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1108: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_blocks_0_att_key_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1114: array<f32>;
@group(0) @binding(6) var<storage, read> t911: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1119: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k120a_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l1102: f32 = p_optim_m_blocks_0_att_key_w[i];
  let v1105: f32 = l1102 * 0.9f;
  let l634: f32 = t634[i];
  let l1100: f32 = t901[0i];
  let v1101: f32 = l634 * l1100;
  let v1107: f32 = v1101 * 0.1f;
  let v1108: f32 = v1105 + v1107;
  t1108[i] = v1108;
  let l1103: f32 = p_optim_v_blocks_0_att_key_w[i];
  let v1110: f32 = l1103 * 0.95f;
  let v1111: f32 = v1101 * v1101;
  let v1113: f32 = v1111 * 0.05f;
  let v1114: f32 = v1110 + v1113;
  t1114[i] = v1114;
  let v1115: f32 = sqrt(v1114);
  let l1116: f32 = t911[0i];
  let v1117: f32 = v1115 / l1116;
  let v1119: f32 = v1117 + 1e-8f;
  t1119[i] = v1119;
}
