// kernel k156c_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_0_mlp_w2_w: array<f32>;
@group(0) @binding(1) var<storage, read> t470: array<f32>;
@group(0) @binding(2) var<storage, read> t756: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1055: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_0_mlp_w2_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1061: array<f32>;
@group(0) @binding(6) var<storage, read> t766: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1066: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k156c_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l1049: f32 = p_optim_m_layers_0_mlp_w2_w[i];
  let v1052: f32 = l1049 * 0.9f;
  let l470: f32 = t470[i];
  let l1047: f32 = t756[0i];
  let v1048: f32 = l470 * l1047;
  let v1054: f32 = v1048 * 0.1f;
  let v1055: f32 = v1052 + v1054;
  t1055[i] = v1055;
  let l1050: f32 = p_optim_v_layers_0_mlp_w2_w[i];
  let v1057: f32 = l1050 * 0.95f;
  let v1058: f32 = v1048 * v1048;
  let v1060: f32 = v1058 * 0.05f;
  let v1061: f32 = v1057 + v1060;
  t1061[i] = v1061;
  let v1062: f32 = sqrt(v1061);
  let l1063: f32 = t766[0i];
  let v1064: f32 = v1062 / l1063;
  let v1066: f32 = v1064 + 1e-8f;
  t1066[i] = v1066;
}
