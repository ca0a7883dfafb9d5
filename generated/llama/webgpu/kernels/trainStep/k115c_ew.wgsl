// kernel k115c_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_0_mlp_w2_w: array<f32>;
@group(0) @binding(1) var<storage, read> t367: array<f32>;
@group(0) @binding(2) var<storage, read> t586: array<f32>;
@group(0) @binding(3) var<storage, read_write> t784: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_0_mlp_w2_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t790: array<f32>;
@group(0) @binding(6) var<storage, read> t596: array<f32>;
@group(0) @binding(7) var<storage, read_write> t795: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k115c_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l778: f32 = p_optim_m_layers_0_mlp_w2_w[i];
  let v781: f32 = l778 * 0.9f;
  let l367: f32 = t367[i];
  let l776: f32 = t586[0i];
  let v777: f32 = l367 * l776;
  let v783: f32 = v777 * 0.1f;
  let v784: f32 = v781 + v783;
  t784[i] = v784;
  let l779: f32 = p_optim_v_layers_0_mlp_w2_w[i];
  let v786: f32 = l779 * 0.95f;
  let v787: f32 = v777 * v777;
  let v789: f32 = v787 * 0.05f;
  let v790: f32 = v786 + v789;
  t790[i] = v790;
  let v791: f32 = sqrt(v790);
  let l792: f32 = t596[0i];
  let v793: f32 = v791 / l792;
  let v795: f32 = v793 + 1e-8f;
  t795[i] = v795;
}
