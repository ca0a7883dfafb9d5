// kernel k235a_ew
@group(0) @binding(0) var<storage, read> p_optim_m_tok_w: array<f32>;
@group(0) @binding(1) var<storage, read> t937: array<f32>;
@group(0) @binding(2) var<storage, read> t1091: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1111: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_tok_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1117: array<f32>;
@group(0) @binding(6) var<storage, read> t1101: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1123: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k235a_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l1105: f32 = p_optim_m_tok_w[i];
  let v1108: f32 = l1105 * 0.9f;
  let l937: f32 = t937[i];
  let l1103: f32 = t1091[0i];
  let v1104: f32 = l937 * l1103;
  let v1110: f32 = v1104 * 0.1f;
  let v1111: f32 = v1108 + v1110;
  t1111[i] = v1111;
  let l1106: f32 = p_optim_v_tok_w[i];
  let v1113: f32 = l1106 * 0.95f;
  let v1114: f32 = v1104 * v1104;
  let v1116: f32 = v1114 * 0.05f;
  let v1117: f32 = v1113 + v1116;
  t1117[i] = v1117;
  let v1118: f32 = sqrt(v1117);
  let l1120: f32 = t1101[0i];
  let v1121: f32 = v1118 / l1120;
  let v1123: f32 = v1121 + 1e-8f;
  t1123[i] = v1123;
}
