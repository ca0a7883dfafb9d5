// kernel k116c_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_0_mlp_w2_w: array<f32>;
@group(0) @binding(1) var<storage, read> t369: array<f32>;
@group(0) @binding(2) var<storage, read> t588: array<f32>;
@group(0) @binding(3) var<storage, read_write> t795: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_0_mlp_w2_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t801: array<f32>;
@group(0) @binding(6) var<storage, read> t598: array<f32>;
@group(0) @binding(7) var<storage, read_write> t806: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k116c_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l789: f32 = p_optim_m_layers_0_mlp_w2_w[i];
  let v792: f32 = l789 * 0.9f;
  let l369: f32 = t369[i];
  let l787: f32 = t588[0i];
  let v788: f32 = l369 * l787;
  let v794: f32 = v788 * 0.1f;
  let v795: f32 = v792 + v794;
  t795[i] = v795;
  let l790: f32 = p_optim_v_layers_0_mlp_w2_w[i];
  let v797: f32 = l790 * 0.95f;
  let v798: f32 = v788 * v788;
  let v800: f32 = v798 * 0.05f;
  let v801: f32 = v797 + v800;
  t801[i] = v801;
  let v802: f32 = sqrt(v801);
  let l803: f32 = t598[0i];
  let v804: f32 = v802 / l803;
  let v806: f32 = v804 + 1e-8f;
  t806[i] = v806;
}
