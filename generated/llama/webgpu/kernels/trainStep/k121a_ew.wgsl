// kernel k121a_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_0_mlp_w3_w: array<f32>;
@group(0) @binding(1) var<storage, read> t406: array<f32>;
@group(0) @binding(2) var<storage, read> t628: array<f32>;
@group(0) @binding(3) var<storage, read_write> t849: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_0_mlp_w3_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t853: array<f32>;
@group(0) @binding(6) var<storage, read> t638: array<f32>;
@group(0) @binding(7) var<storage, read_write> t856: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k121a_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l845: f32 = p_optim_m_layers_0_mlp_w3_w[i];
  let v847: f32 = l845 * 0.9f;
  let l406: f32 = t406[i];
  let l792: f32 = t628[0i];
  let v844: f32 = l406 * l792;
  let v848: f32 = v844 * 0.1f;
  let v849: f32 = v847 + v848;
  t849[i] = v849;
  let l846: f32 = p_optim_v_layers_0_mlp_w3_w[i];
  let v850: f32 = l846 * 0.95f;
  let v851: f32 = v844 * v844;
  let v852: f32 = v851 * 0.05f;
  let v853: f32 = v850 + v852;
  t853[i] = v853;
  let v854: f32 = sqrt(v853);
  let l808: f32 = t638[0i];
  let v855: f32 = v854 / l808;
  let v856: f32 = v855 + 1e-8f;
  t856[i] = v856;
}
