// kernel k113c_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_0_attn_wv_w: array<f32>;
@group(0) @binding(1) var<storage, read> t447: array<f32>;
@group(0) @binding(2) var<storage, read> t584: array<f32>;
@group(0) @binding(3) var<storage, read_write> t712: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_0_attn_wv_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t716: array<f32>;
@group(0) @binding(6) var<storage, read> t594: array<f32>;
@group(0) @binding(7) var<storage, read_write> t719: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k113c_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l708: f32 = p_optim_m_layers_0_attn_wv_w[i];
  let v710: f32 = l708 * 0.9f;
  let l447: f32 = t447[i];
  let l681: f32 = t584[0i];
  let v707: f32 = l447 * l681;
  let v711: f32 = v707 * 0.1f;
  let v712: f32 = v710 + v711;
  t712[i] = v712;
  let l709: f32 = p_optim_v_layers_0_attn_wv_w[i];
  let v713: f32 = l709 * 0.95f;
  let v714: f32 = v707 * v707;
  let v715: f32 = v714 * 0.05f;
  let v716: f32 = v713 + v715;
  t716[i] = v716;
  let v717: f32 = sqrt(v716);
  let l697: f32 = t594[0i];
  let v718: f32 = v717 / l697;
  let v719: f32 = v718 + 1e-8f;
  t719[i] = v719;
}
