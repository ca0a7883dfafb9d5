// kernel k125c_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_0_ffn1_w3_w: array<f32>;
@group(0) @binding(1) var<storage, read> t426: array<f32>;
@group(0) @binding(2) var<storage, read> t652: array<f32>;
@group(0) @binding(3) var<storage, read_write> t847: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_0_ffn1_w3_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t851: array<f32>;
@group(0) @binding(6) var<storage, read> t662: array<f32>;
@group(0) @binding(7) var<storage, read_write> t854: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k125c_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l843: f32 = p_optim_m_layers_0_ffn1_w3_w[i];
  let v845: f32 = l843 * 0.9f;
  let l426: f32 = t426[i];
  let l816: f32 = t652[0i];
  let v842: f32 = l426 * l816;
  let v846: f32 = v842 * 0.1f;
  let v847: f32 = v845 + v846;
  t847[i] = v847;
  let l844: f32 = p_optim_v_layers_0_ffn1_w3_w[i];
  let v848: f32 = l844 * 0.95f;
  let v849: f32 = v842 * v842;
  let v850: f32 = v849 * 0.05f;
  let v851: f32 = v848 + v850;
  t851[i] = v851;
  let v852: f32 = sqrt(v851);
  let l832: f32 = t662[0i];
  let v853: f32 = v852 / l832;
  let v854: f32 = v853 + 1e-8f;
  t854[i] = v854;
}
