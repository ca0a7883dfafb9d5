// kernel k161a_ew
@group(0) @binding(0) var<storage, read> p_optim_m_blocks_0_ffn_u: array<f32>;
@group(0) @binding(1) var<storage, read> t517: array<f32>;
@group(0) @binding(2) var<storage, read> t808: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1166: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_blocks_0_ffn_u: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1172: array<f32>;
@group(0) @binding(6) var<storage, read> t818: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1177: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k161a_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l1160: f32 = p_optim_m_blocks_0_ffn_u[i];
  let v1163: f32 = l1160 * 0.9f;
  let l517: f32 = t517[i];
  let l1158: f32 = t808[0i];
  let v1159: f32 = l517 * l1158;
  let v1165: f32 = v1159 * 0.1f;
  let v1166: f32 = v1163 + v1165;
  t1166[i] = v1166;
  let l1161: f32 = p_optim_v_blocks_0_ffn_u[i];
  let v1168: f32 = l1161 * 0.95f;
  let v1169: f32 = v1159 * v1159;
  let v1171: f32 = v1169 * 0.05f;
  let v1172: f32 = v1168 + v1171;
  t1172[i] = v1172;
  let v1173: f32 = sqrt(v1172);
  let l1174: f32 = t818[0i];
  let v1175: f32 = v1173 / l1174;
  let v1177: f32 = v1175 + 1e-8f;
  t1177[i] = v1177;
}
