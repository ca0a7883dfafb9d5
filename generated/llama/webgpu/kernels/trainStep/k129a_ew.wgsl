// kernel k129a_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_1_mlp_w2_w: array<f32>;
@group(0) @binding(1) var<storage, read> t283: array<f32>;
@group(0) @binding(2) var<storage, read> t628: array<f32>;
@group(0) @binding(3) var<storage, read_write> t983: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_1_mlp_w2_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t987: array<f32>;
@group(0) @binding(6) var<storage, read> t638: array<f32>;
@group(0) @binding(7) var<storage, read_write> t990: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k129a_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l979: f32 = p_optim_m_layers_1_mlp_w2_w[i];
  let v981: f32 = l979 * 0.9f;
  let l283: f32 = t283[i];
  let l818: f32 = t628[0i];
  let v978: f32 = l283 * l818;
  let v982: f32 = v978 * 0.1f;
  let v983: f32 = v981 + v982;
  t983[i] = v983;
  let l980: f32 = p_optim_v_layers_1_mlp_w2_w[i];
  let v984: f32 = l980 * 0.95f;
  let v985: f32 = v978 * v978;
  let v986: f32 = v985 * 0.05f;
  let v987: f32 = v984 + v986;
  t987[i] = v987;
  let v988: f32 = sqrt(v987);
  let l834: f32 = t638[0i];
  let v989: f32 = v988 / l834;
  let v990: f32 = v989 + 1e-8f;
  t990[i] = v990;
}
