// kernel k157a_ew
@group(0) @binding(0) var<storage, read> p_optim_m_wpe: array<f32>;
@group(0) @binding(1) var<storage, read> t628: array<f32>;
@group(0) @binding(2) var<storage, read> t808: array<f32>;
@group(0) @binding(3) var<storage, read_write> t860: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_wpe: array<f32>;
@group(0) @binding(5) var<storage, read_write> t866: array<f32>;
@group(0) @binding(6) var<storage, read> t818: array<f32>;
@group(0) @binding(7) var<storage, read_write> t871: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k157a_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l854: f32 = p_optim_m_wpe[i];
  let v857: f32 = l854 * 0.9f;
  let l629: f32 = t628[i];
  let l852: f32 = t808[0i];
  let v853: f32 = l629 * l852;
  let v859: f32 = v853 * 0.1f;
  let v860: f32 = v857 + v859;
  t860[i] = v860;
  let l855: f32 = p_optim_v_wpe[i];
  let v862: f32 = l855 * 0.95f;
  let v863: f32 = v853 * v853;
  let v865: f32 = v863 * 0.05f;
  let v866: f32 = v862 + v865;
  t866[i] = v866;
  let v867: f32 = sqrt(v866);
  let l868: f32 = t818[0i];
  let v869: f32 = v867 / l868;
  let v871: f32 = v869 + 1e-8f;
  t871[i] = v871;
}
