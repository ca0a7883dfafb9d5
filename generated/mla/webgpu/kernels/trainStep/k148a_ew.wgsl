// kernel k148a_ew
@group(0) @binding(0) var<storage, read> p_optim_m_tok_w: array<f32>;
@group(0) @binding(1) var<storage, read> t623: array<f32>;
@group(0) @binding(2) var<storage, read> t756: array<f32>;
@group(0) @binding(3) var<storage, read_write> t776: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_tok_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t782: array<f32>;
@group(0) @binding(6) var<storage, read> t766: array<f32>;
@group(0) @binding(7) var<storage, read_write> t788: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k148a_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l770: f32 = p_optim_m_tok_w[i];
  let v773: f32 = l770 * 0.9f;
  let l623: f32 = t623[i];
  let l768: f32 = t756[0i];
  let v769: f32 = l623 * l768;
  let v775: f32 = v769 * 0.1f;
  let v776: f32 = v773 + v775;
  t776[i] = v776;
  let l771: f32 = p_optim_v_tok_w[i];
  let v778: f32 = l771 * 0.95f;
  let v779: f32 = v769 * v769;
  let v781: f32 = v779 * 0.05f;
  let v782: f32 = v778 + v781;
  t782[i] = v782;
  let v783: f32 = sqrt(v782);
  let l785: f32 = t766[0i];
  let v786: f32 = v783 / l785;
  let v788: f32 = v786 + 1e-8f;
  t788[i] = v788;
}
