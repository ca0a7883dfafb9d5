// kernel k113c_ew
@group(0) @binding(0) var<storage, read> p_optim_m_blocks_0_attn_wq_w: array<f32>;
@group(0) @binding(1) var<storage, read> t479: array<f32>;
@group(0) @binding(2) var<storage, read> t701: array<f32>;
@group(0) @binding(3) var<storage, read_write> t803: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_blocks_0_attn_wq_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t807: array<f32>;
@group(0) @binding(6) var<storage, read> t711: array<f32>;
@group(0) @binding(7) var<storage, read_write> t810: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k113c_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l799: f32 = p_optim_m_blocks_0_attn_wq_w[i];
  let v801: f32 = l799 * 0.9f;
  let l479: f32 = t479[i];
  let l745: f32 = t701[0i];
  let v798: f32 = l479 * l745;
  let v802: f32 = v798 * 0.1f;
  let v803: f32 = v801 + v802;
  t803[i] = v803;
  let l800: f32 = p_optim_v_blocks_0_attn_wq_w[i];
  let v804: f32 = l800 * 0.95f;
  let v805: f32 = v798 * v798;
  let v806: f32 = v805 * 0.05f;
  let v807: f32 = v804 + v806;
  t807[i] = v807;
  let v808: f32 = sqrt(v807);
  let l761: f32 = t711[0i];
  let v809: f32 = v808 / l761;
  let v810: f32 = v809 + 1e-8f;
  t810[i] = v810;
}
