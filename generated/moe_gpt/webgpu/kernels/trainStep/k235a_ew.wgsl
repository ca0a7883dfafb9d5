// kernel k235a_ew
@group(0) @binding(0) var<storage, read> p_optim_m_tok_w: array<f32>;
@group(0) @binding(1) var<storage, read> t957: array<f32>;
@group(0) @binding(2) var<storage, read> t1111: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1131: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_tok_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1137: array<f32>;
@group(0) @binding(6) var<storage, read> t1121: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1143: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k235a_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l1125: f32 = p_optim_m_tok_w[i];
  let v1128: f32 = l1125 * 0.9f;
  let l957: f32 = t957[i];
  let l1123: f32 = t1111[0i];
  let v1124: f32 = l957 * l1123;
  let v1130: f32 = v1124 * 0.1f;
  let v1131: f32 = v1128 + v1130;
  t1131[i] = v1131;
  let l1126: f32 = p_optim_v_tok_w[i];
  let v1133: f32 = l1126 * 0.95f;
  let v1134: f32 = v1124 * v1124;
  let v1136: f32 = v1134 * 0.05f;
  let v1137: f32 = v1133 + v1136;
  t1137[i] = v1137;
  let v1138: f32 = sqrt(v1137);
  let l1140: f32 = t1121[0i];
  let v1141: f32 = v1138 / l1140;
  let v1143: f32 = v1141 + 1e-8f;
  t1143[i] = v1143;
}
