// kernel k112k_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_1_attn_wk_w: array<f32>;
@group(0) @binding(1) var<storage, read> t339: array<f32>;
@group(0) @binding(2) var<storage, read> t582: array<f32>;
@group(0) @binding(3) var<storage, read_write> t853: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_1_attn_wk_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t857: array<f32>;
@group(0) @binding(6) var<storage, read> t592: array<f32>;
@group(0) @binding(7) var<storage, read_write> t860: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k112k_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l849: f32 = p_optim_m_layers_1_attn_wk_w[i];
  let v851: f32 = l849 * 0.9f;
  let l339: f32 = t339[i];
  let l653: f32 = t582[0i];
  let v848: f32 = l339 * l653;
  let v852: f32 = v848 * 0.1f;
  let v853: f32 = v851 + v852;
  t853[i] = v853;
  let l850: f32 = p_optim_v_layers_1_attn_wk_w[i];
  let v854: f32 = l850 * 0.95f;
  let v855: f32 = v848 * v848;
  let v856: f32 = v855 * 0.05f;
  let v857: f32 = v854 + v856;
  t857[i] = v857;
  let v858: f32 = sqrt(v857);
  let l669: f32 = t592[0i];
  let v859: f32 = v858 / l669;
  let v860: f32 = v859 + 1e-8f;
  t860[i] = v860;
}
