// kernel k112g_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_0_attn_wo_w: array<f32>;
@group(0) @binding(1) var<storage, read> t388: array<f32>;
@group(0) @binding(2) var<storage, read> t572: array<f32>;
@group(0) @binding(3) var<storage, read_write> t708: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_0_attn_wo_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t712: array<f32>;
@group(0) @binding(6) var<storage, read> t582: array<f32>;
@group(0) @binding(7) var<storage, read_write> t715: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k112g_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l704: f32 = p_optim_m_layers_0_attn_wo_w[i];
  let v706: f32 = l704 * 0.9f;
  let l389: f32 = t388[i];
  let l643: f32 = t572[0i];
  let v703: f32 = l389 * l643;
  let v707: f32 = v703 * 0.1f;
  let v708: f32 = v706 + v707;
  t708[i] = v708;
  let l705: f32 = p_optim_v_layers_0_attn_wo_w[i];
  let v709: f32 = l705 * 0.95f;
  let v710: f32 = v703 * v703;
  let v711: f32 = v710 * 0.05f;
  let v712: f32 = v709 + v711;
  t712[i] = v712;
  let v713: f32 = sqrt(v712);
  let l659: f32 = t582[0i];
  let v714: f32 = v713 / l659;
  let v715: f32 = v714 + 1e-8f;
  t715[i] = v715;
}
