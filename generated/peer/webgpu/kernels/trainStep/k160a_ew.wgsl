// kernel k160a_ew
@group(0) @binding(0) var<storage, read> p_optim_m_blocks_0_ffn_keys1: array<f32>;
@group(0) @binding(1) var<storage, read> t540: array<f32>;
@group(0) @binding(2) var<storage, read> t808: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1120: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_blocks_0_ffn_keys1: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1126: array<f32>;
@group(0) @binding(6) var<storage, read> t818: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1132: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k160a_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l1114: f32 = p_optim_m_blocks_0_ffn_keys1[i];
  let v1117: f32 = l1114 * 0.9f;
  let l540: f32 = t540[i];
  let l1112: f32 = t808[0i];
  let v1113: f32 = l540 * l1112;
  let v1119: f32 = v1113 * 0.1f;
  let v1120: f32 = v1117 + v1119;
  t1120[i] = v1120;
  let l1115: f32 = p_optim_v_blocks_0_ffn_keys1[i];
  let v1122: f32 = l1115 * 0.95f;
  let v1123: f32 = v1113 * v1113;
  let v1125: f32 = v1123 * 0.05f;
  let v1126: f32 = v1122 + v1125;
  t1126[i] = v1126;
  let v1127: f32 = sqrt(v1126);
  let l1129: f32 = t818[0i];
  let v1130: f32 = v1127 / l1129;
  let v1132: f32 = v1130 + 1e-8f;
  t1132[i] = v1132;
}
