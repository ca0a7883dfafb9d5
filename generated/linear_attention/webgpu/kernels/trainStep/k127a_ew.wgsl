// kernel k127a_ew
@group(0) @binding(0) var<storage, read> p_optim_m_wpe: array<f32>;
@group(0) @binding(1) var<storage, read> t596: array<f32>;
@group(0) @binding(2) var<storage, read> t736: array<f32>;
@group(0) @binding(3) var<storage, read_write> t788: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_wpe: array<f32>;
@group(0) @binding(5) var<storage, read_write> t794: array<f32>;
@group(0) @binding(6) var<storage, read> t746: array<f32>;
@group(0) @binding(7) var<storage, read_write> t799: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k127a_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l782: f32 = p_optim_m_wpe[i];
  let v785: f32 = l782 * 0.9f;
  let l597: f32 = t596[i];
  let l780: f32 = t736[0i];
  let v781: f32 = l597 * l780;
  let v787: f32 = v781 * 0.1f;
  let v788: f32 = v785 + v787;
  t788[i] = v788;
  let l783: f32 = p_optim_v_wpe[i];
  let v790: f32 = l783 * 0.95f;
  let v791: f32 = v781 * v781;
  let v793: f32 = v791 * 0.05f;
  let v794: f32 = v790 + v793;
  t794[i] = v794;
  let v795: f32 = sqrt(v794);
  let l796: f32 = t746[0i];
  let v797: f32 = v795 / l796;
  let v799: f32 = v797 + 1e-8f;
  t799[i] = v799;
}
