// kernel k161c_ew
@group(0) @binding(0) var<storage, read> p_optim_m_blocks_0_ffn_v: array<f32>;
@group(0) @binding(1) var<storage, read> t494: array<f32>;
@group(0) @binding(2) var<storage, read> t808: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1189: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_blocks_0_ffn_v: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1193: array<f32>;
@group(0) @binding(6) var<storage, read> t818: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1196: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k161c_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l1185: f32 = p_optim_m_blocks_0_ffn_v[i];
  let v1187: f32 = l1185 * 0.9f;
  let l494: f32 = t494[i];
  let l1158: f32 = t808[0i];
  let v1184: f32 = l494 * l1158;
  let v1188: f32 = v1184 * 0.1f;
  let v1189: f32 = v1187 + v1188;
  t1189[i] = v1189;
  let l1186: f32 = p_optim_v_blocks_0_ffn_v[i];
  let v1190: f32 = l1186 * 0.95f;
  let v1191: f32 = v1184 * v1184;
  let v1192: f32 = v1191 * 0.05f;
  let v1193: f32 = v1190 + v1192;
  t1193[i] = v1193;
  let v1194: f32 = sqrt(v1193);
  let l1174: f32 = t818[0i];
  let v1195: f32 = v1194 / l1174;
  let v1196: f32 = v1195 + 1e-8f;
  t1196[i] = v1196;
}
