// kernel k124s_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_1_attn_wo_w: array<f32>;
@group(0) @binding(1) var<storage, read> t283: array<f32>;
@group(0) @binding(2) var<storage, read> t666: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1195: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_1_attn_wo_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1199: array<f32>;
@group(0) @binding(6) var<storage, read> t676: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1202: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k124s_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l1191: f32 = p_optim_m_layers_1_attn_wo_w[i];
  let v1193: f32 = l1191 * 0.9f;
  let l283: f32 = t283[i];
  let l737: f32 = t666[0i];
  let v1190: f32 = l283 * l737;
  let v1194: f32 = v1190 * 0.1f;
  let v1195: f32 = v1193 + v1194;
  t1195[i] = v1195;
  let l1192: f32 = p_optim_v_layers_1_attn_wo_w[i];
  let v1196: f32 = l1192 * 0.95f;
  let v1197: f32 = v1190 * v1190;
  let v1198: f32 = v1197 * 0.05f;
  let v1199: f32 = v1196 + v1198;
  t1199[i] = v1199;
  let v1200: f32 = sqrt(v1199);
  let l753: f32 = t676[0i];
  let v1201: f32 = v1200 / l753;
  let v1202: f32 = v1201 + 1e-8f;
  t1202[i] = v1202;
}
