// kernel k115a_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_0_mlp_w1_w: array<f32>;
@group(0) @binding(1) var<storage, read> t381: array<f32>;
@group(0) @binding(2) var<storage, read> t586: array<f32>;
@group(0) @binding(3) var<storage, read_write> t758: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_0_mlp_w1_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t764: array<f32>;
@group(0) @binding(6) var<storage, read> t596: array<f32>;
@group(0) @binding(7) var<storage, read_write> t769: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k115a_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l752: f32 = p_optim_m_layers_0_mlp_w1_w[i];
  let v755: f32 = l752 * 0.9f;
  let l381: f32 = t381[i];
  let l750: f32 = t586[0i];
  let v751: f32 = l381 * l750;
  let v757: f32 = v751 * 0.1f;
  let v758: f32 = v755 + v757;
  t758[i] = v758;
  let l753: f32 = p_optim_v_layers_0_mlp_w1_w[i];
  let v760: f32 = l753 * 0.95f;
  let v761: f32 = v751 * v751;
  let v763: f32 = v761 * 0.05f;
  let v764: f32 = v760 + v763;
  t764[i] = v764;
  let v765: f32 = sqrt(v764);
  let l766: f32 = t596[0i];
  let v767: f32 = v765 / l766;
  let v769: f32 = v767 + 1e-8f;
  t769[i] = v769;
}
