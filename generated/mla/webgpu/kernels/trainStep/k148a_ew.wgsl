// kernel k148a_ew
@group(0) @binding(0) var<storage, read> p_optim_m_tok_w: array<f32>;
@group(0) @binding(1) var<storage, read> t633: array<f32>;
@group(0) @binding(2) var<storage, read> t766: array<f32>;
@group(0) @binding(3) var<storage, read_write> t786: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_tok_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t792: array<f32>;
@group(0) @binding(6) var<storage, read> t776: array<f32>;
@group(0) @binding(7) var<storage, read_write> t798: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k148a_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l780: f32 = p_optim_m_tok_w[i];
  let v783: f32 = l780 * 0.9f;
  let l633: f32 = t633[i];
  let l778: f32 = t766[0i];
  let v779: f32 = l633 * l778;
  let v785: f32 = v779 * 0.1f;
  let v786: f32 = v783 + v785;
  t786[i] = v786;
  let l781: f32 = p_optim_v_tok_w[i];
  let v788: f32 = l781 * 0.95f;
  let v789: f32 = v779 * v779;
  let v791: f32 = v789 * 0.05f;
  let v792: f32 = v788 + v791;
  t792[i] = v792;
  let v793: f32 = sqrt(v792);
  let l795: f32 = t776[0i];
  let v796: f32 = v793 / l795;
  let v798: f32 = v796 + 1e-8f;
  t798[i] = v798;
}
