// kernel k112a_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_0_attn_wq_w: array<f32>;
@group(0) @binding(1) var<storage, read> t445: array<f32>;
@group(0) @binding(2) var<storage, read> t574: array<f32>;
@group(0) @binding(3) var<storage, read_write> t653: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_0_attn_wq_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t659: array<f32>;
@group(0) @binding(6) var<storage, read> t584: array<f32>;
@group(0) @binding(7) var<storage, read_write> t664: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k112a_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l647: f32 = p_optim_m_layers_0_attn_wq_w[i];
  let v650: f32 = l647 * 0.9f;
  let l445: f32 = t445[i];
  let l645: f32 = t574[0i];
  let v646: f32 = l445 * l645;
  let v652: f32 = v646 * 0.1f;
  let v653: f32 = v650 + v652;
  t653[i] = v653;
  let l648: f32 = p_optim_v_layers_0_attn_wq_w[i];
  let v655: f32 = l648 * 0.95f;
  let v656: f32 = v646 * v646;
  let v658: f32 = v656 * 0.05f;
  let v659: f32 = v655 + v658;
  t659[i] = v659;
  let v660: f32 = sqrt(v659);
  let l661: f32 = t584[0i];
  let v662: f32 = v660 / l661;
  let v664: f32 = v662 + 1e-8f;
  t664[i] = v664;
}
