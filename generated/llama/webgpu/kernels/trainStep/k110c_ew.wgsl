// kernel k110c_ew
@group(0) @binding(0) var<storage, read> p_optim_m_head_w: array<f32>;
@group(0) @binding(1) var<storage, read> t228: array<f32>;
@group(0) @binding(2) var<storage, read> t572: array<f32>;
@group(0) @binding(3) var<storage, read_write> t980: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_head_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t986: array<f32>;
@group(0) @binding(6) var<storage, read> t582: array<f32>;
@group(0) @binding(7) var<storage, read_write> t991: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k110c_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l974: f32 = p_optim_m_head_w[i];
  let v977: f32 = l974 * 0.9f;
  let l228: f32 = t228[i];
  let l972: f32 = t572[0i];
  let v973: f32 = l228 * l972;
  let v979: f32 = v973 * 0.1f;
  let v980: f32 = v977 + v979;
  t980[i] = v980;
  let l975: f32 = p_optim_v_head_w[i];
  let v982: f32 = l975 * 0.95f;
  let v983: f32 = v973 * v973;
  let v985: f32 = v983 * 0.05f;
  let v986: f32 = v982 + v985;
  t986[i] = v986;
  let v987: f32 = sqrt(v986);
  let l988: f32 = t582[0i];
  let v989: f32 = v987 / l988;
  let v991: f32 = v989 + 1e-8f;
  t991[i] = v991;
}
