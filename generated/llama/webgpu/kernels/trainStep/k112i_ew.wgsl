// kernel k112i_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_1_attn_wq_w: array<f32>;
@group(0) @binding(1) var<storage, read> t343: array<f32>;
@group(0) @binding(2) var<storage, read> t582: array<f32>;
@group(0) @binding(3) var<storage, read_write> t836: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_1_attn_wq_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t840: array<f32>;
@group(0) @binding(6) var<storage, read> t592: array<f32>;
@group(0) @binding(7) var<storage, read_write> t843: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k112i_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l832: f32 = p_optim_m_layers_1_attn_wq_w[i];
  let v834: f32 = l832 * 0.9f;
  let l343: f32 = t343[i];
  let l653: f32 = t582[0i];
  let v831: f32 = l343 * l653;
  let v835: f32 = v831 * 0.1f;
  let v836: f32 = v834 + v835;
  t836[i] = v836;
  let l833: f32 = p_optim_v_layers_1_attn_wq_w[i];
  let v837: f32 = l833 * 0.95f;
  let v838: f32 = v831 * v831;
  let v839: f32 = v838 * 0.05f;
  let v840: f32 = v837 + v839;
  t840[i] = v840;
  let v841: f32 = sqrt(v840);
  let l669: f32 = t592[0i];
  let v842: f32 = v841 / l669;
  let v843: f32 = v842 + 1e-8f;
  t843[i] = v843;
}
