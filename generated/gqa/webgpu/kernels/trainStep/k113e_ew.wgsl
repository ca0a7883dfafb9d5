// kernel k113e_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_1_attn_wk_w: array<f32>;
@group(0) @binding(1) var<storage, read> t333: array<f32>;
@group(0) @binding(2) var<storage, read> t574: array<f32>;
@group(0) @binding(3) var<storage, read_write> t854: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_1_attn_wk_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t858: array<f32>;
@group(0) @binding(6) var<storage, read> t584: array<f32>;
@group(0) @binding(7) var<storage, read_write> t861: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k113e_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l850: f32 = p_optim_m_layers_1_attn_wk_w[i];
  let v852: f32 = l850 * 0.9f;
  let l333: f32 = t333[i];
  let l671: f32 = t574[0i];
  let v849: f32 = l333 * l671;
  let v853: f32 = v849 * 0.1f;
  let v854: f32 = v852 + v853;
  t854[i] = v854;
  let l851: f32 = p_optim_v_layers_1_attn_wk_w[i];
  let v855: f32 = l851 * 0.95f;
  let v856: f32 = v849 * v849;
  let v857: f32 = v856 * 0.05f;
  let v858: f32 = v855 + v857;
  t858[i] = v858;
  let v859: f32 = sqrt(v858);
  let l687: f32 = t584[0i];
  let v860: f32 = v859 / l687;
  let v861: f32 = v860 + 1e-8f;
  t861[i] = v861;
}
