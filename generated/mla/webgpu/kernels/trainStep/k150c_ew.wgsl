// kernel k150c_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_0_attn_wkv_b_w: array<f32>;
@group(0) @binding(1) var<storage, read> t520: array<f32>;
@group(0) @binding(2) var<storage, read> t756: array<f32>;
@group(0) @binding(3) var<storage, read_write> t961: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_0_attn_wkv_b_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t967: array<f32>;
@group(0) @binding(6) var<storage, read> t766: array<f32>;
@group(0) @binding(7) var<storage, read_write> t972: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k150c_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l955: f32 = p_optim_m_layers_0_attn_wkv_b_w[i];
  let v958: f32 = l955 * 0.9f;
  let l520: f32 = t520[i];
  let l953: f32 = t756[0i];
  let v954: f32 = l520 * l953;
  let v960: f32 = v954 * 0.1f;
  let v961: f32 = v958 + v960;
  t961[i] = v961;
  let l956: f32 = p_optim_v_layers_0_attn_wkv_b_w[i];
  let v963: f32 = l956 * 0.95f;
  let v964: f32 = v954 * v954;
  let v966: f32 = v964 * 0.05f;
  let v967: f32 = v963 + v966;
  t967[i] = v967;
  let v968: f32 = sqrt(v967);
  let l969: f32 = t766[0i];
  let v970: f32 = v968 / l969;
  let v972: f32 = v970 + 1e-8f;
  t972[i] = v972;
}
