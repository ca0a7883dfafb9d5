// kernel k98a_ew
@group(0) @binding(0) var<storage, read> p_optim_m_blocks_0_attn_wv_w: array<f32>;
@group(0) @binding(1) var<storage, read> t468: array<f32>;
@group(0) @binding(2) var<storage, read> t679: array<f32>;
@group(0) @binding(3) var<storage, read_write> t863: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_blocks_0_attn_wv_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t867: array<f32>;
@group(0) @binding(6) var<storage, read> t689: array<f32>;
@group(0) @binding(7) var<storage, read_write> t870: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k98a_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l859: f32 = p_optim_m_blocks_0_attn_wv_w[i];
  let v861: f32 = l859 * 0.9f;
  let l468: f32 = t468[i];
  let l723: f32 = t679[0i];
  let v858: f32 = l468 * l723;
  let v862: f32 = v858 * 0.1f;
  let v863: f32 = v861 + v862;
  t863[i] = v863;
  let l860: f32 = p_optim_v_blocks_0_attn_wv_w[i];
  let v864: f32 = l860 * 0.95f;
  let v865: f32 = v858 * v858;
  let v866: f32 = v865 * 0.05f;
  let v867: f32 = v864 + v866;
  t867[i] = v867;
  let v868: f32 = sqrt(v867);
  let l739: f32 = t689[0i];
  let v869: f32 = v868 / l739;
  let v870: f32 = v869 + 1e-8f;
  t870[i] = v870;
}
