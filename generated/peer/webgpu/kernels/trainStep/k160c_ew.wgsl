// kernel k160c_ew
@group(0) @binding(0) var<storage, read> p_optim_m_blocks_0_ffn_keys2: array<f32>;
@group(0) @binding(1) var<storage, read> t530: array<f32>;
@group(0) @binding(2) var<storage, read> t808: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1146: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_blocks_0_ffn_keys2: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1150: array<f32>;
@group(0) @binding(6) var<storage, read> t818: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1153: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k160c_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l1142: f32 = p_optim_m_blocks_0_ffn_keys2[i];
  let v1144: f32 = l1142 * 0.9f;
  let l530: f32 = t530[i];
  let l1112: f32 = t808[0i];
  let v1141: f32 = l530 * l1112;
  let v1145: f32 = v1141 * 0.1f;
  let v1146: f32 = v1144 + v1145;
  t1146[i] = v1146;
  let l1143: f32 = p_optim_v_blocks_0_ffn_keys2[i];
  let v1147: f32 = l1143 * 0.95f;
  let v1148: f32 = v1141 * v1141;
  let v1149: f32 = v1148 * 0.05f;
  let v1150: f32 = v1147 + v1149;
  t1150[i] = v1150;
  let v1151: f32 = sqrt(v1150);
  let l1129: f32 = t818[0i];
  let v1152: f32 = v1151 / l1129;
  let v1153: f32 = v1152 + 1e-8f;
  t1153[i] = v1153;
}
