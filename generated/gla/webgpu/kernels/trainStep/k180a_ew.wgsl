// kernel k180a_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_0_attn_wq_w: array<f32>;
@group(0) @binding(1) var<storage, read> t711: array<f32>;
@group(0) @binding(2) var<storage, read> t890: array<f32>;
@group(0) @binding(3) var<storage, read_write> t969: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_0_attn_wq_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t975: array<f32>;
@group(0) @binding(6) var<storage, read> t900: array<f32>;
@group(0) @binding(7) var<storage, read_write> t980: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k180a_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l963: f32 = p_optim_m_layers_0_attn_wq_w[i];
  let v966: f32 = l963 * 0.9f;
  let l711: f32 = t711[i];
  let l961: f32 = t890[0i];
  let v962: f32 = l711 * l961;
  let v968: f32 = v962 * 0.1f;
  let v969: f32 = v966 + v968;
  t969[i] = v969;
  let l964: f32 = p_optim_v_layers_0_attn_wq_w[i];
  let v971: f32 = l964 * 0.95f;
  let v972: f32 = v962 * v962;
  let v974: f32 = v972 * 0.05f;
  let v975: f32 = v971 + v974;
  t975[i] = v975;
  let v976: f32 = sqrt(v975);
  let l977: f32 = t900[0i];
  let v978: f32 = v976 / l977;
  let v980: f32 = v978 + 1e-8f;
  t980[i] = v980;
}
