// kernel k94a_ew
@group(0) @binding(0) var<storage, read> p_optim_m_blocks_0_attn_wq_w: array<f32>;
@group(0) @binding(1) var<storage, read> t480: array<f32>;
@group(0) @binding(2) var<storage, read> t679: array<f32>;
@group(0) @binding(3) var<storage, read_write> t797: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_blocks_0_attn_wq_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t801: array<f32>;
@group(0) @binding(6) var<storage, read> t689: array<f32>;
@group(0) @binding(7) var<storage, read_write> t804: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k94a_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l793: f32 = p_optim_m_blocks_0_attn_wq_w[i];
  let v795: f32 = l793 * 0.9f;
  let l480: f32 = t480[i];
  let l723: f32 = t679[0i];
  let v792: f32 = l480 * l723;
  let v796: f32 = v792 * 0.1f;
  let v797: f32 = v795 + v796;
  t797[i] = v797;
  let l794: f32 = p_optim_v_blocks_0_attn_wq_w[i];
  let v798: f32 = l794 * 0.95f;
  let v799: f32 = v792 * v792;
  let v800: f32 = v799 * 0.05f;
  let v801: f32 = v798 + v800;
  t801[i] = v801;
  let v802: f32 = sqrt(v801);
  let l739: f32 = t689[0i];
  let v803: f32 = v802 / l739;
  let v804: f32 = v803 + 1e-8f;
  t804[i] = v804;
}
