// kernel k155a_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_0_attn_wo_w: array<f32>;
@group(0) @binding(1) var<storage, read> t502: array<f32>;
@group(0) @binding(2) var<storage, read> t756: array<f32>;
@group(0) @binding(3) var<storage, read_write> t987: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_0_attn_wo_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t993: array<f32>;
@group(0) @binding(6) var<storage, read> t766: array<f32>;
@group(0) @binding(7) var<storage, read_write> t998: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k155a_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l981: f32 = p_optim_m_layers_0_attn_wo_w[i];
  let v984: f32 = l981 * 0.9f;
  let l502: f32 = t502[i];
  let l979: f32 = t756[0i];
  let v980: f32 = l502 * l979;
  let v986: f32 = v980 * 0.1f;
  let v987: f32 = v984 + v986;
  t987[i] = v987;
  let l982: f32 = p_optim_v_layers_0_attn_wo_w[i];
  let v989: f32 = l982 * 0.95f;
  let v990: f32 = v980 * v980;
  let v992: f32 = v990 * 0.05f;
  let v993: f32 = v989 + v992;
  t993[i] = v993;
  let v994: f32 = sqrt(v993);
  let l995: f32 = t766[0i];
  let v996: f32 = v994 / l995;
  let v998: f32 = v996 + 1e-8f;
  t998[i] = v998;
}
