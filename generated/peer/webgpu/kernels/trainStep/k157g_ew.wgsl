// kernel k157g_ew
@group(0) @binding(0) var<storage, read> p_optim_m_blocks_0_attn_wv_w: array<f32>;
@group(0) @binding(1) var<storage, read> t589: array<f32>;
@group(0) @binding(2) var<storage, read> t808: array<f32>;
@group(0) @binding(3) var<storage, read_write> t992: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_blocks_0_attn_wv_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t996: array<f32>;
@group(0) @binding(6) var<storage, read> t818: array<f32>;
@group(0) @binding(7) var<storage, read_write> t999: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k157g_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l988: f32 = p_optim_m_blocks_0_attn_wv_w[i];
  let v990: f32 = l988 * 0.9f;
  let l589: f32 = t589[i];
  let l852: f32 = t808[0i];
  let v987: f32 = l589 * l852;
  let v991: f32 = v987 * 0.1f;
  let v992: f32 = v990 + v991;
  t992[i] = v992;
  let l989: f32 = p_optim_v_blocks_0_attn_wv_w[i];
  let v993: f32 = l989 * 0.95f;
  let v994: f32 = v987 * v987;
  let v995: f32 = v994 * 0.05f;
  let v996: f32 = v993 + v995;
  t996[i] = v996;
  let v997: f32 = sqrt(v996);
  let l868: f32 = t818[0i];
  let v998: f32 = v997 / l868;
  let v999: f32 = v998 + 1e-8f;
  t999[i] = v999;
}
