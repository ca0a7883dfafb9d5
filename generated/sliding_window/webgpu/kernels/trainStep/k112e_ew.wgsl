// kernel k112e_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_1_attn_wq_w: array<f32>;
@group(0) @binding(1) var<storage, read> t337: array<f32>;
@group(0) @binding(2) var<storage, read> t574: array<f32>;
@group(0) @binding(3) var<storage, read_write> t837: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_1_attn_wq_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t841: array<f32>;
@group(0) @binding(6) var<storage, read> t584: array<f32>;
@group(0) @binding(7) var<storage, read_write> t844: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k112e_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l833: f32 = p_optim_m_layers_1_attn_wq_w[i];
  let v835: f32 = l833 * 0.9f;
  let l337: f32 = t337[i];
  let l645: f32 = t574[0i];
  let v832: f32 = l337 * l645;
  let v836: f32 = v832 * 0.1f;
  let v837: f32 = v835 + v836;
  t837[i] = v837;
  let l834: f32 = p_optim_v_layers_1_attn_wq_w[i];
  let v838: f32 = l834 * 0.95f;
  let v839: f32 = v832 * v832;
  let v840: f32 = v839 * 0.05f;
  let v841: f32 = v838 + v840;
  t841[i] = v841;
  let v842: f32 = sqrt(v841);
  let l661: f32 = t584[0i];
  let v843: f32 = v842 / l661;
  let v844: f32 = v843 + 1e-8f;
  t844[i] = v844;
}
