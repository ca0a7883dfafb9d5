// kernel k113c_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_0_mlp_w2_w: array<f32>;
@group(0) @binding(1) var<storage, read> t364: array<f32>;
@group(0) @binding(2) var<storage, read> t582: array<f32>;
@group(0) @binding(3) var<storage, read_write> t780: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_0_mlp_w2_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t786: array<f32>;
@group(0) @binding(6) var<storage, read> t592: array<f32>;
@group(0) @binding(7) var<storage, read_write> t791: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k113c_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l774: f32 = p_optim_m_layers_0_mlp_w2_w[i];
  let v777: f32 = l774 * 0.9f;
  let l364: f32 = t364[i];
  let l772: f32 = t582[0i];
  let v773: f32 = l364 * l772;
  let v779: f32 = v773 * 0.1f;
  let v780: f32 = v777 + v779;
  t780[i] = v780;
  let l775: f32 = p_optim_v_layers_0_mlp_w2_w[i];
  let v782: f32 = l775 * 0.95f;
  let v783: f32 = v773 * v773;
  let v785: f32 = v783 * 0.05f;
  let v786: f32 = v782 + v785;
  t786[i] = v786;
  let v787: f32 = sqrt(v786);
  let l788: f32 = t592[0i];
  let v789: f32 = v787 / l788;
  let v791: f32 = v789 + 1e-8f;
  t791[i] = v791;
}
