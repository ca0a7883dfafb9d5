// kernel k156a_ew
@group(0) @binding(0) var<storage, read> p_optim_m_wte_w: array<f32>;
@group(0) @binding(1) var<storage, read> t631: array<f32>;
@group(0) @binding(2) var<storage, read> t808: array<f32>;
@group(0) @binding(3) var<storage, read_write> t828: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_wte_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t834: array<f32>;
@group(0) @binding(6) var<storage, read> t818: array<f32>;
@group(0) @binding(7) var<storage, read_write> t840: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k156a_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l822: f32 = p_optim_m_wte_w[i];
  let v825: f32 = l822 * 0.9f;
  let l631: f32 = t631[i];
  let l820: f32 = t808[0i];
  let v821: f32 = l631 * l820;
  let v827: f32 = v821 * 0.1f;
  let v828: f32 = v825 + v827;
  t828[i] = v828;
  let l823: f32 = p_optim_v_wte_w[i];
  let v830: f32 = l823 * 0.95f;
  let v831: f32 = v821 * v821;
  let v833: f32 = v831 * 0.05f;
  let v834: f32 = v830 + v833;
  t834[i] = v834;
  let v835: f32 = sqrt(v834);
  let l837: f32 = t818[0i];
  let v838: f32 = v835 / l837;
  let v840: f32 = v838 + 1e-8f;
  t840[i] = v840;
}
