// kernel k114c_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_0_mlp_w2_w: array<f32>;
@group(0) @binding(1) var<storage, read> t358: array<f32>;
@group(0) @binding(2) var<storage, read> t574: array<f32>;
@group(0) @binding(3) var<storage, read_write> t781: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_0_mlp_w2_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t787: array<f32>;
@group(0) @binding(6) var<storage, read> t584: array<f32>;
@group(0) @binding(7) var<storage, read_write> t792: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k114c_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l775: f32 = p_optim_m_layers_0_mlp_w2_w[i];
  let v778: f32 = l775 * 0.9f;
  let l358: f32 = t358[i];
  let l773: f32 = t574[0i];
  let v774: f32 = l358 * l773;
  let v780: f32 = v774 * 0.1f;
  let v781: f32 = v778 + v780;
  t781[i] = v781;
  let l776: f32 = p_optim_v_layers_0_mlp_w2_w[i];
  let v783: f32 = l776 * 0.95f;
  let v784: f32 = v774 * v774;
  let v786: f32 = v784 * 0.05f;
  let v787: f32 = v783 + v786;
  t787[i] = v787;
  let v788: f32 = sqrt(v787);
  let l789: f32 = t584[0i];
  let v790: f32 = v788 / l789;
  let v792: f32 = v790 + 1e-8f;
  t792[i] = v792;
}
