// kernel k155c_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_1_attn_wo_w: array<f32>;
@group(0) @binding(1) var<storage, read> t348: array<f32>;
@group(0) @binding(2) var<storage, read> t756: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1211: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_1_attn_wo_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1215: array<f32>;
@group(0) @binding(6) var<storage, read> t766: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1218: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k155c_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l1207: f32 = p_optim_m_layers_1_attn_wo_w[i];
  let v1209: f32 = l1207 * 0.9f;
  let l348: f32 = t348[i];
  let l979: f32 = t756[0i];
  let v1206: f32 = l348 * l979;
  let v1210: f32 = v1206 * 0.1f;
  let v1211: f32 = v1209 + v1210;
  t1211[i] = v1211;
  let l1208: f32 = p_optim_v_layers_1_attn_wo_w[i];
  let v1212: f32 = l1208 * 0.95f;
  let v1213: f32 = v1206 * v1206;
  let v1214: f32 = v1213 * 0.05f;
  let v1215: f32 = v1212 + v1214;
  t1215[i] = v1215;
  let v1216: f32 = sqrt(v1215);
  let l995: f32 = t766[0i];
  let v1217: f32 = v1216 / l995;
  let v1218: f32 = v1217 + 1e-8f;
  t1218[i] = v1218;
}
