// kernel k113k_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_1_mlp_w3_w: array<f32>;
@group(0) @binding(1) var<storage, read> t258: array<f32>;
@group(0) @binding(2) var<storage, read> t582: array<f32>;
@group(0) @binding(3) var<storage, read_write> t954: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_1_mlp_w3_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t958: array<f32>;
@group(0) @binding(6) var<storage, read> t592: array<f32>;
@group(0) @binding(7) var<storage, read_write> t961: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k113k_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l950: f32 = p_optim_m_layers_1_mlp_w3_w[i];
  let v952: f32 = l950 * 0.9f;
  let l258: f32 = t258[i];
  let l746: f32 = t582[0i];
  let v949: f32 = l258 * l746;
  let v953: f32 = v949 * 0.1f;
  let v954: f32 = v952 + v953;
  t954[i] = v954;
  let l951: f32 = p_optim_v_layers_1_mlp_w3_w[i];
  let v955: f32 = l951 * 0.95f;
  let v956: f32 = v949 * v949;
  let v957: f32 = v956 * 0.05f;
  let v958: f32 = v955 + v957;
  t958[i] = v958;
  let v959: f32 = sqrt(v958);
  let l762: f32 = t592[0i];
  let v960: f32 = v959 / l762;
  let v961: f32 = v960 + 1e-8f;
  t961[i] = v961;
}
